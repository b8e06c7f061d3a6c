@echo off
rem postlint launcher of the distribution on Windows: runs lib\postlint.jar with Java 17 or later.
setlocal
set "POSTLINT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not defined POSTLINT_JAVA_OPTS set "POSTLINT_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m -XX:-UsePerfData"
"%JAVA%" -Xlog:disable -Xlog:all=warning:stderr %POSTLINT_JAVA_OPTS% -jar "%POSTLINT_HOME%\lib\postlint.jar" %*
exit /b %ERRORLEVEL%
