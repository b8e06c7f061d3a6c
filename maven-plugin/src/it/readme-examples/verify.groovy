// The README's Maven commands, taken from its sh blocks and run as written on a project without a
// <plugin> entry for postlint (the plugin is in the local repository, installed by this build).
def readme = new File(basedir, '../../../../README.md').readLines()
def commands = []
def language = null
readme.each { line ->
    if (line.startsWith('```')) {
        language = language == null ? line.substring(3).trim() : null
    } else if (language == 'sh' && line.trim().startsWith('mvn dev.postlint:')) {
        commands << line.trim().replaceFirst(/\s+#.*$/, '')
    }
}
assert commands.size() == 3 : commands
def version = pluginVersion
commands.each { command ->
    def args = command.split(/\s+/).toList()
    // The README names the published plugin; this build's is the SNAPSHOT of the same coordinates.
    args[1] = args[1].replace('dev.postlint:postlint-maven-plugin:', "dev.postlint:postlint-maven-plugin:${version}:")
    def process = (['mvn', '-B', '-Dstyle.color=never'] + args.drop(1)).execute(null, basedir)
    def output = process.text
    process.waitFor()
    assert process.exitValue() == 0 : command + '\n' + output
    assert output.contains('postlint') : command + '\n' + output
}
true
