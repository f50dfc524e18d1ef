@echo off
rem renda-check.cmd: runs the CLI jar on Windows, the same as `java -jar renda-check.jar ARGS...`,
rem faster to start (the POSIX launcher beside it is examples\bin\renda-check). Same arguments,
rem same output, same exit status (0, 1, 2). On a Chinese Windows console (code page 936) it
rem switches the console to UTF-8 (chcp 65001) for the run, and tells Java to write UTF-8, so
rem reports and messages show correctly; the console's code page is restored afterwards.
rem
rem Faster start: the JVM's class-data sharing (AppCDS), as in the POSIX launcher. The first
rem `check` run records the classes it loads into an archive (-XX:ArchiveClassesAtExit); later
rem runs map that archive (-XX:SharedArchiveFile) instead of loading them from the jar. The
rem archive's name comes from the jar's and the Java's size and time, so a rebuilt jar or another
rem Java gets a new archive (and the old ones of this jar's folder are removed). Java checks the
rem archive itself and ignores one that does not fit; its CDS messages are turned off so they
rem never mix into a report. The archive is looked for and made in RENDA_CHECK_CACHE, else cds\
rem beside the jar, else %LOCALAPPDATA%\renda-check.
rem
rem Environment:
rem   JAVA_HOME         the Java (17+) to use; else java on PATH
rem   RENDA_CHECK_JAR   the jar; else ..\target\renda-check.jar from this script, else
rem                     renda-check.jar beside it
rem   RENDA_CHECK_CACHE folder for the archive (see above)
rem   RENDA_CHECK_CDS=0 no archive (plain java -jar); also when the jar's path has a space
rem                     (Java 17 refuses the archive then)
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
set "CDS="
set "MADE="
set "MAKING="
if "%RENDA_CHECK_CDS%"=="0" goto run
if not "%JAR: =%"=="%JAR%" goto run
set "JAVABIN=%JAVA%"
if not defined JAVA_HOME for %%j in (java.exe) do set "JAVABIN=%%~$PATH:j"
if not defined JAVABIN goto run
set "KEY="
for %%j in ("%JAR%") do set "KEY=%%~zj-%%~tj"
for %%j in ("%JAVABIN%") do set "KEY=%KEY%-%%~zj-%%~tj"
set "KEY=%KEY:/=%"
set "KEY=%KEY::=%"
set "KEY=%KEY: =%"
set "KEY=%KEY:.=%"
set "KEY=%KEY:\=%"
set "NAME=renda-check-win-%KEY%.jsa"
set "JARDIR="
for %%j in ("%JAR%") do set "JARDIR=%%~dpj"
set "DIRS="
if defined RENDA_CHECK_CACHE set DIRS="%RENDA_CHECK_CACHE%"
set DIRS=%DIRS% "%JARDIR%cds"
if defined LOCALAPPDATA set DIRS=%DIRS% "%LOCALAPPDATA%\renda-check"
set "QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:class+path=off"
for %%d in (%DIRS%) do if exist "%%~d\%NAME%" (set "CDS=-XX:SharedArchiveFile="%%~d\%NAME%" %QUIET%" & goto run)
rem only a `check` run makes the archive: it loads what every check needs
if /i not "%~1"=="check" goto run
for %%d in (%DIRS%) do if not defined MADE call :writable "%%~d"
if not defined MADE goto run
set "MAKING=%MADE%\%NAME%.%RANDOM%.tmp"
set "CDS=-XX:ArchiveClassesAtExit="%MAKING%" %QUIET%"
:run
set "OLDCP="
rem the last word of chcp's answer ("Active code page: 936", the same in Chinese, or "...: 850.")
for /f "tokens=*" %%c in ('chcp') do for %%d in (%%c) do set "OLDCP=%%d"
if defined OLDCP set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul
"%JAVA%" %CDS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %JAVA_OPTS% -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
if defined MAKING call :keep
endlocal & exit /b %RC%

:writable
rem sets MADE to the folder %1 when it exists or can be made, and can be written
if not exist "%~1\" mkdir "%~1" >nul 2>&1
if not exist "%~1\" exit /b 0
copy /y nul "%~1\renda-check-write.tmp" >nul 2>&1 || exit /b 0
del "%~1\renda-check-write.tmp" >nul 2>&1
set "MADE=%~1"
exit /b 0

:keep
rem the archive this run wrote replaces this folder's older ones (other jars or Javas)
if not exist "%MAKING%" exit /b 0
for %%f in ("%MADE%\renda-check-win-*.jsa") do del "%%f" >nul 2>&1
move /y "%MAKING%" "%MADE%\%NAME%" >nul 2>&1
if exist "%MAKING%" del "%MAKING%" >nul 2>&1
exit /b 0

:nojar
echo renda-check: cannot find renda-check.jar (build it: mvn -pl examples -am package; or set RENDA_CHECK_JAR) 1>&2
endlocal & exit /b 2
