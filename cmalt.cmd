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
java %OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
