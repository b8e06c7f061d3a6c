// Run 1 used the baseline beside the pom: the build passed and its SARIF report holds no result.
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/postlint/postlint.sarif'))
assert sarif.runs[0].results.isEmpty()
// Run 2 named a baseline that does not exist: the build failed saying so, before writing any report.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('/missing.json: baseline file not found')
