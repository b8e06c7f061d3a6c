// mvn site made postlint's page: the HTML report itself, with the post's finding, linked from the site.
def page = new File(basedir, 'target/site/postlint.html')
assert page.isFile()
def html = page.text
assert html.contains('inline-style')
assert html.contains('2024-04-01-colours.md')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def linked = new File(basedir, 'target/site').listFiles().findAll { it.name.endsWith('.html') && it.name != 'postlint.html' }
        .any { it.text.contains('href="postlint.html"') }
assert linked : 'no page of the site links to postlint.html'
