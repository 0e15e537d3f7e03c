@echo off
rem The Handbook command, for Windows: bin\handbook.cmd of the release zip, and handbook.cmd of a
rem handbook made by "handbook init" (which keeps the jar in .handbook\). Needs Java 17 or later
rem (java on PATH, or JAVA_HOME), and nothing else. The same JVM settings as bin/handbook, which
rem explains them; LaunchersAgreeTest fails when the launchers differ. The first run records a
rem class-data archive beside the jar (or in %LOCALAPPDATA%\handbook when that folder is not
rem writable); not in CI (CI set). HANDBOOK_CDS=0 turns it off, 1 on; HANDBOOK_JAVA_OPTS adds JVM
rem options; HANDBOOK_JAR runs another jar.
setlocal EnableExtensions EnableDelayedExpansion

set "here=%~dp0"
if defined HANDBOOK_JAR (
  set "jar=%HANDBOOK_JAR%"
) else if exist "%here%.handbook\handbook.jar" (
  set "jar=%here%.handbook\handbook.jar"
) else (
  set "jar=%here%..\lib\handbook.jar"
)
if not exist "%jar%" (
  echo handbook: no Handbook jar at %jar%; unzip the release again, or set HANDBOOK_JAR 1>&2
  exit /b 2
)
set "java=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
if "%java%"=="java" (
  where java >nul 2>&1 || (
    echo handbook: Java 17 or later is needed: install it ^(e.g. Eclipse Temurin^), or set JAVA_HOME 1>&2
    exit /b 2
  )
)

rem The command, the handbook root it works on (ROOT of build, check and serve), and the build cache
rem folder a build would use, as BuildOptions.cacheDir() finds it. cmd splits --out=DIR at the "=" itself.
set "command="
set "root=."
set "out="
set "cache="
set "nocache="
set "next="
:args
if "%~1"=="" goto argsdone
set "a=%~1"
if defined next (
  if "!next!"=="--out" set "out=!a!"
  if "!next!"=="--cache" set "cache=!a!"
  set "next="
  shift
  goto args
)
for %%o in (--out --audience --threads --port --bind --format --root --cache) do if "!a!"=="%%o" set "next=%%o"
if "!a!"=="--no-cache" set "nocache=1"
if "!a:~0,1!"=="-" (
  shift
  goto args
)
if not defined command (
  set "command=!a!"
) else if "!command!"=="build" (
  set "root=!a!"
) else if "!command!"=="check" (
  set "root=!a!"
) else if "!command!"=="serve" (
  set "root=!a!"
)
shift
goto args
:argsdone
if not defined out set "out=!root!\site"
if not defined cache for %%i in ("%out%") do set "cache=%%~dpi.handbook-cache"
rem Whether it holds the snapshot a previous build wrote: a build of a large handbook is then cut down
rem to the changed pages and over before C2 pays off, so it gets C1 only too (see bin/handbook).
set "cached="
if not defined nocache for /d %%b in ("%cache%\build-*") do if exist "%%~b\snapshot.bin" set "cached=1"

set "java_opts=-XX:+UseSerialGC -Xmn128m -XX:MaxTenuringThreshold=1 -XX:MaxRAMPercentage=60 -XX:-UsePerfData"
set "small_handbook=5000"
set "pages=0"
if exist "%root%\content\" (
  for /f %%n in ('dir /s /b "%root%\content\*.md" 2^>nul ^| find /c /v ""') do set "pages=%%n"
)
if !pages! lss %small_handbook% (
  if not "!command!"=="serve" set "java_opts=!java_opts! -XX:TieredStopAtLevel=1"
) else if "!command!!cached!"=="build1" (
  set "java_opts=!java_opts! -XX:TieredStopAtLevel=1"
) else (
  set "java_opts=!java_opts! -XX:MaxInlineLevel=5 -XX:InlineSmallCode=500 -XX:FreqInlineSize=100"
)

set "cds="
if "%HANDBOOK_CDS%"=="1" set "cds=1"
if not defined HANDBOOK_CDS if not defined CI set "cds=1"
if defined cds call :archive
if defined jsa if exist "!jsa!" set "java_opts=!java_opts! -XX:SharedArchiveFile="!jsa!" -Xlog:cds=off"

rem Arguments may hold "!", which delayed expansion would eat: pass them on without it.
setlocal DisableDelayedExpansion
"%java%" %java_opts% %HANDBOOK_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%

rem Sets jsa to the archive for this jar, recording it first when it is missing or older than the jar.
:archive
for %%f in ("%jar%") do (
  set "jsa=%%~dpnf.jsa"
  set "stamp=%%~tf %%~zf"
)
copy /y nul "!jsa!.tmp" >nul 2>&1 && del "!jsa!.tmp" >nul 2>&1 || (
  if not defined LOCALAPPDATA (
    set "jsa="
    goto :eof
  )
  for %%f in ("%jar%") do set "key=%%~dpf"
  set "key=!key::=!"
  set "key=!key:\=_!"
  set "key=!key: =_!"
  if not exist "%LOCALAPPDATA%\handbook" mkdir "%LOCALAPPDATA%\handbook" >nul 2>&1
  set "jsa=%LOCALAPPDATA%\handbook\!key!handbook.jsa"
)
set "recorded="
if exist "!jsa!.stamp" set /p recorded=<"!jsa!.stamp"
if exist "!jsa!" if "!recorded!"=="!stamp!" goto :eof
set "work=%TEMP%\handbook-cds-%RANDOM%%RANDOM%"
mkdir "!work!\handbook\content" >nul 2>&1 || goto :eof
> "!work!\handbook\content\index.md" (
  echo ---
  echo title: Home
  echo tags: [a]
  echo ---
  echo # Home
  echo.
  echo ## Start
  echo.
  echo ^| a ^| b ^|
  echo ^|---^|---^|
  echo ^| 1 ^| 2 ^|
  echo.
  echo - [x] [link]^(other.md^)
)
> "!work!\handbook\content\other.md" (
  echo # Other
  echo.
  echo ^^!^^!^^! note "Note"
  echo     Text with `code`, see [home]^(index.md#start^).
)
echo handbook: recording start-up data for this jar (once)... 1>&2
"%java%" -XX:+UseSerialGC -XX:DumpLoadedClassList="!work!\classes.lst" -jar "%jar%" build "!work!\handbook" --out "!work!\site" >nul 2>&1 ^
  && "%java%" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="!work!\classes.lst" -XX:SharedArchiveFile="!work!\handbook.jsa" -cp "%jar%" >nul 2>&1 ^
  && move /y "!work!\handbook.jsa" "!jsa!" >nul 2>&1 ^
  && > "!jsa!.stamp" echo !stamp!
rmdir /s /q "!work!" >nul 2>&1
goto :eof
