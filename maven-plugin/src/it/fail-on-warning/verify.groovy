def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] _posts/2024-05-01-warn.md:2:21: front-matter-whitespace ')
assert log.contains('postlint: 1 finding at or above the fail level warning (0 allowed); 1 file checked: 0 errors, 1 warning, 0 info; see target/postlint/postlint.json')
// The second build overrides the project's property from the command line and passes.
assert log.contains('BUILD SUCCESS')
