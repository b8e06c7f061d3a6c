// The CLI, run on the same folder with the same settings, must give the same reports and verdict.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def cli = new File(basedir, 'target/cli')
cli.mkdirs()
def formats = ['json': 'postlint.json', 'sarif': 'postlint.sarif', 'checkstyle': 'postlint-checkstyle.xml',
               'html': 'postlint.html', 'github': 'postlint-github.txt']
def command = [System.getProperty('java.home') + '/bin/java', '-jar', cliJar, 'check', '.',
               '--fail-on', 'warning', '--max-allowed', '2']
formats.each { format, file -> command += ['--format', format, '--output', 'target/cli/' + file] }
def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
def output = process.inputStream.text
assert process.waitFor() == 1 : output
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/postlint/postlint.json'))
assert json.findings.size() > 2 : 'the fixture must fail the check'
assert json.findings.collect { it.rule }.toSet().containsAll(['duplicate-title', 'image-alt-missing', 'image-path-spaces',
        'inline-style', 'link-anchor'])
formats.each { format, file ->
    def fromMaven = new File(basedir, 'target/postlint/' + file).text
    def fromCli = new File(cli, file).text
    assert fromMaven == fromCli : "the ${format} reports differ"
}
true
