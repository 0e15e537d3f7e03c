// The handbook was built at package and checked at verify, with --strict, in both editions.
File log = new File(basedir, 'build.log')
assert log.exists()
String text = log.getText('UTF-8')

File everyone = new File(basedir, 'target/handbook')
assert new File(everyone, 'index.html').isFile()
assert new File(everyone, 'guides/onboarding/index.html').isFile()
assert !new File(everyone, 'managers').exists() : 'a managers-only page reached the everyone edition'
assert !new File(basedir, 'site').exists() : 'the plugin builds into target/, not ROOT/site'

File managers = new File(basedir, 'target/handbook-managers')
assert new File(managers, 'managers/reviews/index.html').isFile()
assert new File(managers, 'managers/reviews/index.html').getText('UTF-8').contains('Twice a year')

assert text =~ /\[INFO\] built 6 pages \(\d+ files\) into \S+ in [\d.]+ s: 0 warnings, 0 errors/
assert text =~ /\[INFO\] built 8 pages \(\d+ files\) into \S+ in [\d.]+ s: 0 warnings, 0 errors/
assert text =~ /\[INFO\] checked \d+ pages \(\d+ files\) in [\d.]+ s: 0 errors, 0 warnings/
assert !text.contains('[WARNING]')
assert !text.contains('BUILD FAILURE')

// mvn handbook:build -Dhandbook.audience=managers -Dhandbook.out=target/by-hand
assert new File(basedir, 'target/by-hand/managers/reviews/index.html').isFile()
assert text =~ /\[INFO\] built 8 pages \(\d+ files\) into target\/by-hand\/ in/
return true
