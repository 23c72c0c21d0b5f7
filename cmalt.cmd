@echo off
rem Runs the kit's commands on Windows: cmalt check [DIR], cmalt preview [DIR], cmalt --help.
rem The same as `java -jar target\cmalt.jar ...`, with the class-data archive `mvn package` writes
rem (target\cmalt.jsa) and, for short commands, the quick compiler alone.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\cmalt.jar"
if not exist "%JAR%" (
  echo cmalt: %JAR% is missing: run "mvn package" in %HERE% first 1>&2
  exit /b 2
)
set "OPTS="
if exist "%HERE%target\cmalt.jsa" set "OPTS=-XX:SharedArchiveFile=%HERE%target\cmalt.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
if /i not "%~1"=="preview" set "OPTS=%OPTS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
rem cmalt-core.jar first: the classes of a check alone, so that a check never opens the big jar (the
rem archive was made with this class path). An older build without it runs the jar as before.
set "CORE=%HERE%target\cmalt-core.jar"
if not exist "%CORE%" goto whole
java %OPTS% -cp "%CORE%;%JAR%" io.github.cmaltkit.cli.Main %*
exit /b %ERRORLEVEL%
:whole
java %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
