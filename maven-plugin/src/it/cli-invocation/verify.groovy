def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] docs/guide.md:2:21: front-matter-whitespace ')
assert log.contains('0 errors, 1 warning; see target/postlint/postlint.json')
