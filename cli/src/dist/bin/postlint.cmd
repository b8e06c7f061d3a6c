@echo off
rem postlint launcher of the distribution on Windows: runs lib\postlint.jar with Java 17 or later.
setlocal
set "POSTLINT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
rem On two CPUs or fewer, one compiler thread, as bin/postlint does.
set "POSTLINT_COMPILERS="
if not defined POSTLINT_JAVA_OPTS if "%NUMBER_OF_PROCESSORS%"=="1" set "POSTLINT_COMPILERS= -XX:CICompilerCount=1"
if not defined POSTLINT_JAVA_OPTS if "%NUMBER_OF_PROCESSORS%"=="2" set "POSTLINT_COMPILERS= -XX:CICompilerCount=1"
if not defined POSTLINT_JAVA_OPTS set "POSTLINT_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m -XX:-UsePerfData%POSTLINT_COMPILERS%"
"%JAVA%" -Xlog:disable -Xlog:all=warning:stderr %POSTLINT_JAVA_OPTS% -jar "%POSTLINT_HOME%\lib\postlint.jar" %*
exit /b %ERRORLEVEL%
