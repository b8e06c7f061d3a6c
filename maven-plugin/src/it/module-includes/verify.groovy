// The config is in the parent folder; the module's include '_posts/keep-*.md' still means blog/_posts/keep-*.md.
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'blog/target/postlint/postlint.json'))
assert report.files == 1
assert report.findings.collect { it.file } == ['_posts/keep-1.md']
