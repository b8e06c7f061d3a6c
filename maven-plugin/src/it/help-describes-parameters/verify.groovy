def log = new File(basedir, 'build.log').text
def params = ['baseline', 'configFile', 'consoleOutput', 'failOnViolation', 'maxAllowedViolations', 'excludes', 'failOnSeverity', 'formats', 'includes', 'maxAllowedFindings', 'offline',
              'outputDirectory', 'printFindings', 'skip', 'sourceDirectories', 'noCache']
def section = log.substring(log.indexOf('Available parameters:'))
def blocks = section.split(/\n\s*\n/).collect { it.readLines()*.trim() }
for (p in params) {
    def block = blocks.find { it && (it[0] == p || it[0].startsWith(p + ' (Default:')) }
    assert block != null : "parameter ${p} is not listed"
    assert block.contains('User property: postlint.' + p) : "parameter ${p} has no postlint.${p} user property"
    assert block.size() >= 3 && !block[1].startsWith('User property') : "parameter ${p} has no description"
}
// The README's parameter table lists every parameter the goal has, with its user property.
def readme = new File(basedir, '../../../../README.md').text
def listed = blocks.findAll { it && it[0] ==~ /[a-zA-Z]+( \(Default:.*)?/ && it.any { l -> l.startsWith('User property: ') } }
        .collect { it[0].split(' ')[0] }
assert listed.containsAll(params) : listed
for (p in listed) {
    assert readme.contains('| `' + p + '` | `postlint.' + p + '` |') : "README's Maven table lacks ${p}"
}
