def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('postlint: 2 findings at or above the fail level error (1 allowed); 1 file checked: 2 errors, 1 warning, 0 info; see target/postlint/postlint.json')
