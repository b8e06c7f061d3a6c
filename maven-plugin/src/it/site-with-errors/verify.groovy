def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] _posts/2024-05-02-broken.md:6:8: image-path-spaces ')
assert log.contains('[ERROR] _posts/2024-05-02-broken.md:8:4: inline-style ')
assert log.contains('[WARNING] _posts/2024-05-02-broken.md:2:9: front-matter-whitespace ')
assert log.contains('postlint: 2 findings at or above the fail level error (0 allowed); 2 files checked: 2 errors, 1 warning, 0 info; see target/postlint/postlint.json')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/postlint/postlint.json'))
assert report.files == 2
assert report.findings.collect { "${it.file} ${it.line}:${it.column} ${it.rule} ${it.severity}" } == [
    '_posts/2024-05-02-broken.md 2:9 front-matter-whitespace warning',
    '_posts/2024-05-02-broken.md 6:8 image-path-spaces error',
    '_posts/2024-05-02-broken.md 8:4 inline-style error']
assert new File(basedir, 'target/postlint/postlint.txt').text.contains('3 problems (2 errors, 1 warning, 0 info) in 1 of 2 files')
