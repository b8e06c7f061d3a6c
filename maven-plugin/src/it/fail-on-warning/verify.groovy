def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] posts/2024-05-01-warn.md:2:21: front-matter-whitespace ')
assert log.contains('0 errors, 1 warning; see target/postlint/postlint.json')
// The second build overrides the project's property from the command line and passes.
assert log.contains('BUILD SUCCESS')
