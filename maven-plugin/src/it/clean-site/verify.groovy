def log = new File(basedir, 'build.log').text
assert log.contains('postlint: 1 file checked: 0 errors, 0 warnings, 0 info')
assert log.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/postlint/postlint.json'))
assert report.files == 1
assert report.findings.isEmpty()
assert log.contains('postlint: checked _posts')
