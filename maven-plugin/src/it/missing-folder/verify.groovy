// A source folder that does not exist fails the build, naming it, instead of passing with nothing checked.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('postlint: no such file or folder: nope')
