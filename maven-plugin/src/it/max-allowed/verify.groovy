def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('2 errors, 1 warning; see target/postlint/postlint.json')
