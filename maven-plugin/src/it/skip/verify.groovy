def log = new File(basedir, 'build.log').text
assert log.contains('postlint: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/postlint/postlint.json').exists()
