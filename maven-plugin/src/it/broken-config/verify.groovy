def log = new File(basedir, 'build.log').text
def config = new File(basedir, '.postlint.yml').canonicalPath
assert log.contains(config + ":3:16: option 'graceDays' of rule 'stale-year' must be a whole number")
assert !log.contains('at dev.postlint')
