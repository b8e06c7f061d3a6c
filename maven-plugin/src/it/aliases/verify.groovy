// PMD's and Checkstyle's names work: maxAllowedViolations from the POM (which -D does not override, as in
// every plugin), failOnViolation=false from -D, and consoleOutput=false keeps findings out of the log.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('postlint: 1 file checked: 2 errors, 3 warnings, 1 info')
assert !log.contains('inline-style')
