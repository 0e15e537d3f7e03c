// handbook:check failed the build, with the report the command prints, at error level in Maven's log.
File log = new File(basedir, 'build.log')
assert log.exists()
String text = log.getText('UTF-8')
String page = new File(basedir, 'content/index.md').getAbsolutePath()

assert text.contains("[ERROR] ${page}:6:27: error: broken link 'runbooks/deploy.md': no page or file "
        + "content/runbooks/deploy.md [broken-link]")
assert text =~ /\[INFO\] checked \d+ pages \(\d+ files\) in [\d.]+ s: 1 error, 0 warnings/
assert text.contains('BUILD FAILURE')
assert text.contains('handbook check: the handbook in ' + basedir.getAbsolutePath() + ' has errors (reported above)')
assert !new File(basedir, 'target/handbook').exists() : 'check writes no site'
return true
