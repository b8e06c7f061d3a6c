def log = new File(basedir, 'build.log').text
// The first build runs with -o: the link is not checked and the build passes.
assert log.contains('postlint: 1 file checked: 0 errors, 0 warnings, 0 info')
// The second build, without -o, checks the link and finds the closed port; the first one passed.
assert log.contains('[ERROR] _posts/2024-05-01-link.md:7:24: link-broken The link to http://127.0.0.1:1/nothing-here is broken: the connection was refused.')
assert log.contains('postlint: 1 finding at or above the fail level error (0 allowed); 1 file checked: 1 error, 0 warnings, 0 info; see target/postlint/postlint.json')
