@echo off
rem renda-check.cmd: runs the CLI jar on Windows, the same as `java -jar renda-check.jar ARGS...`
rem (the POSIX launcher beside it is examples\bin\renda-check). Same arguments, same output, same
rem exit status (0, 1, 2). On a Chinese Windows console (code page 936) it switches the console to
rem UTF-8 (chcp 65001) for the run, and tells Java to write UTF-8, so reports and messages show
rem correctly; the console's code page is restored afterwards. No class-data archive here.
rem
rem Environment:
rem   JAVA_HOME         the Java (17+) to use; else java on PATH
rem   RENDA_CHECK_JAR   the jar; else ..\target\renda-check.jar from this script, else
rem                     renda-check.jar beside it
rem   JAVA_OPTS         more JVM options, placed after the launcher's own (so they win)
setlocal
set "HERE=%~dp0"
set "JAR="
if defined RENDA_CHECK_JAR set "JAR=%RENDA_CHECK_JAR%"
if not defined JAR if exist "%HERE%..\target\renda-check.jar" set "JAR=%HERE%..\target\renda-check.jar"
if not defined JAR if exist "%HERE%renda-check.jar" set "JAR=%HERE%renda-check.jar"
if not defined JAR goto nojar
if not exist "%JAR%" goto nojar
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "OLDCP="
rem the last word of chcp's answer ("Active code page: 936", the same in Chinese, or "...: 850.")
for /f "tokens=*" %%c in ('chcp') do for %%d in (%%c) do set "OLDCP=%%d"
if defined OLDCP set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul
"%JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %JAVA_OPTS% -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
endlocal & exit /b %RC%

:nojar
echo renda-check: cannot find renda-check.jar (build it: mvn -pl examples -am package; or set RENDA_CHECK_JAR) 1>&2
endlocal & exit /b 2
