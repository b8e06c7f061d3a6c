def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Using the MultiThreadedBuilder')
// The parent checks no post of its modules, and says it found no content folder; module C has no Markdown.
assert log.contains('postlint: no content folder in ' + basedir.canonicalPath + ' (looked for a Jekyll, Hugo or Zola site and for src/site/markdown, src/main/content, docs, content, _posts); set sourceDirectories')
assert log.contains('postlint: no Markdown files in ' + new File(basedir, 'module-c').canonicalPath)
// Like the CLI, the plugin writes its reports even when there is nothing to check.
def parent = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/postlint/postlint.json'))
assert parent.files == 0 && parent.findings.isEmpty()
def a = new groovy.json.JsonSlurper().parse(new File(basedir, 'module-a/target/postlint/postlint.json'))
assert a.files == 1 && a.findings.isEmpty()
def b = new groovy.json.JsonSlurper().parse(new File(basedir, 'module-b/target/postlint/postlint.json'))
// module-b's own .postlint.yml turns the whitespace rule down to info.
assert b.findings.collect { "${it.file} ${it.line}:${it.column} ${it.rule} ${it.severity}" } == [
    '_posts/2024-05-01-b.md 2:17 front-matter-whitespace info']
