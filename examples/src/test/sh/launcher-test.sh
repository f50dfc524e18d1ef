#!/bin/sh
# Tests the launcher bin/renda-check against the built jar (run by `mvn verify` in examples, in
# the integration-test phase; or by hand: sh examples/src/test/sh/launcher-test.sh JAR RECORD).
# The launcher must behave exactly as `java -jar JAR`: same standard output and error, same exit
# status (0, 1, 2), whether it makes the class-data archive, uses it, finds it stale or broken,
# or cannot make one at all. Arguments with spaces pass through; a jar in a folder whose name has
# a space runs without an archive (Java 17 refuses one there).
set -u
jar=$1
record=$2
here=$(cd "$(dirname "$0")" && pwd -P)
launcher=$here/../../../bin/renda-check
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d "${TMPDIR:-/tmp}/launcher-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$jar" "$work/renda-check.jar"
cp "$record" "$work/one record.json"
printf '{"schemaVersion":"1.0"}\n' > "$work/rejected.json"
export RENDA_CHECK_JAR="$work/renda-check.jar"
export HOME="$work/home"
unset XDG_CACHE_HOME RENDA_CHECK_CACHE RENDA_CHECK_CDS RENDA_CHECK_BIG_KB JAVA_OPTS
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# run NAME ARGS...: the launcher and plain java -jar; same output, error and status
run() {
    label=$1
    shift
    sh "$launcher" "$@" > "$work/l.out" 2> "$work/l.err"
    lstatus=$?
    "$java" -jar "$work/renda-check.jar" "$@" > "$work/j.out" 2> "$work/j.err"
    jstatus=$?
    [ "$lstatus" = "$jstatus" ] || fail "$label: exit $lstatus, java -jar gave $jstatus"
    # the text report's header says when it was made (to the minute): two runs may straddle a minute
    for f in l j; do
        sed 's/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]（北京时间）/TIME（北京时间）/' \
            "$work/$f.out" > "$work/$f.cmp"
    done
    cmp -s "$work/l.cmp" "$work/j.cmp" || fail "$label: standard output differs from java -jar"
    cmp -s "$work/l.err" "$work/j.err" || { fail "$label: standard error differs from java -jar:"; head -5 "$work/l.err" >&2; }
    echo "ok   $label (exit $lstatus)"
}

archives() {
    ls "$work/cds/"*.jsa 2>/dev/null | wc -l | tr -d ' '
}

cd "$work" || exit 2

# 1. The first check run makes the archive beside the jar, and passes exit status 1 through.
run "first run, rejected record" check --format json rejected.json
[ "$lstatus" = 1 ] || fail "a rejected record must exit 1"
[ "$(archives)" = 1 ] || fail "the first check run should have made one archive in cds/"
ls "$work/cds/" | grep -q '\.tmp$' && fail "a temporary archive was left behind"

# 2. Later runs use it (classes come from the archive), same results.
run "archive used, one record" check --format json "one record.json"
log=$(mktemp "${TMPDIR:-/tmp}/renda-launcher-classes.XXXXXX") # JAVA_OPTS is split at spaces
JAVA_OPTS="-Xlog:class+load=info:file=$log" sh "$launcher" check --format json "one record.json" > /dev/null 2>&1
grep -q 'org.renda.check.Checker source: shared objects file (top)' "$log" \
    || fail "the archive was not used: org.renda.check.Checker was not loaded from it"
rm -f "$log"
run "text report" check "one record.json"
run "usage error" check --no-such-option
[ "$lstatus" = 2 ] || fail "a usage error must exit 2"
run "rules" rules
run "help" --help
run "folder" check --format json "$work/cds" "one record.json"
# Which compiler: C1 only and the serial GC unless a check's input is over RENDA_CHECK_BIG_KB.
gclog=$(mktemp "${TMPDIR:-/tmp}/renda-launcher-gc.XXXXXX")
JAVA_OPTS="-Xlog:gc:file=$gclog" sh "$launcher" check --format json "$work/cds" "one record.json" > /dev/null 2>&1
grep -q 'Using Serial' "$gclog" || fail "a small check (a folder of a few KiB) should run with the serial GC and C1"
RENDA_CHECK_BIG_KB=1 JAVA_OPTS="-Xlog:gc:file=$gclog" sh "$launcher" check --format json "$work/cds" "one record.json" > /dev/null 2>&1
grep -q 'Using Serial' "$gclog" && fail "a check over RENDA_CHECK_BIG_KB should run with the JVM's default compilers and GC"
export RENDA_CHECK_BIG_KB=1
run "big check (the JVM's defaults)" check --format json "one record.json"
unset RENDA_CHECK_BIG_KB
rm -f "$gclog"
# One compiler thread for a small job on two cores or fewer (as the JVM lists its flags), else the
# JVM's own count.
cpus=
if [ -r /sys/devices/system/cpu/online ]; then read -r cpus < /sys/devices/system/cpu/online; fi
flags=$(JAVA_OPTS="-XX:+PrintFlagsFinal" sh "$launcher" --version 2>/dev/null | grep -E ' CICompilerCount ')
case $cpus in
    0|0-1) echo "$flags" | grep -q '= 1 .*command line' || fail "on $cpus CPUs a small job should run with one compiler thread: $flags" ;;
    *) echo "$flags" | grep -q 'command line' && fail "on CPUs $cpus the launcher should leave the compiler threads to the JVM: $flags" ;;
esac

# 3. A changed jar makes the archive stale: not used, made again.
sleep 1
touch "$work/renda-check.jar"
run "stale archive" check --format json "one record.json"
for a in "$work/cds/"*.jsa; do
    [ "$a" -nt "$work/renda-check.jar" ] || fail "the stale archive was not made again"
done

# 4. A broken archive is ignored by the JVM, silently.
for a in "$work/cds/"*.jsa; do chmod u+w "$a"; echo broken > "$a"; done
run "broken archive" check --format json "one record.json"

# 5. No folder the archive can be made in: plain java -jar.
rm -rf "$work/cds" "$work/home"
echo "not a folder" > "$work/cds"
export HOME=/dev/null
run "no writable cache" check --format json "one record.json"
rm -f "$work/cds"
export HOME="$work/home"

# 6. RENDA_CHECK_CDS=0: never an archive.
export RENDA_CHECK_CDS=0
run "RENDA_CHECK_CDS=0" check --format json "one record.json"
[ "$(archives)" = 0 ] || fail "RENDA_CHECK_CDS=0 made an archive"
unset RENDA_CHECK_CDS

# 7. A jar in a folder with a space: no archive, same results.
mkdir "$work/with space"
cp "$work/renda-check.jar" "$work/with space/renda-check.jar"
export RENDA_CHECK_JAR="$work/with space/renda-check.jar"
run "jar path with a space" check --format json "one record.json"
[ -e "$work/with space/cds" ] && fail "an archive was made for a jar path with a space"
export RENDA_CHECK_JAR="$work/renda-check.jar"

# 8. The launcher reached through a symbolic link finds its jar the same way.
ln -s "$launcher" "$work/rc-link"
unset RENDA_CHECK_JAR
if [ -f "$here/../../../target/renda-check.jar" ]; then
    RENDA_CHECK_CDS=0 sh "$work/rc-link" --version > "$work/v.out" 2>&1 || fail "via a symbolic link: exit $?"
    grep -q 'renda-check' "$work/v.out" || fail "via a symbolic link: no version printed"
fi

# 9. The Windows launcher's java command line (bin/renda-check.cmd; there is no cmd.exe here, so
# its one java line is run with the values cmd would put in): making the archive with %CDS% set
# to -XX:ArchiveClassesAtExit, then using it with -XX:SharedArchiveFile (-Xshare:on makes the JVM
# fail if it cannot map it), gives exactly the output, error and status of java -jar.
cmdfile=$here/../../../bin/renda-check.cmd
winline=$(tr -d '\r' < "$cmdfile" | grep '^"%JAVA%" ')
[ -n "$winline" ] || fail "no java line in $cmdfile"
quietflags=$(tr -d '\r' < "$cmdfile" | sed -n 's/^set "QUIET=\(.*\)"$/\1/p')
[ -n "$quietflags" ] || fail "no QUIET line in $cmdfile"
# win CDSVALUE EXTRA ARGS...: runs the .cmd's java line with %CDS%=CDSVALUE and %JAVA_OPTS%=EXTRA
win() {
    cdsvalue=$1; extra=$2; shift 2
    line=$(printf '%s' "$winline" | sed -e "s|\"%JAVA%\"|\"$java\"|" -e "s|%CDS%|$cdsvalue|" \
        -e "s|%JAVA_OPTS%|$extra|" -e "s|\"%JAR%\"|\"$work/renda-check.jar\"|" -e 's| %\*$||')
    eval "$line \"\$@\""
}
winrun() {
    label=$1; cdsvalue=$2; extra=$3; shift 3
    win "$cdsvalue" "$extra" "$@" > "$work/w.out" 2> "$work/w.err"
    wstatus=$?
    "$java" -jar "$work/renda-check.jar" "$@" > "$work/j.out" 2> "$work/j.err"
    jstatus=$?
    [ "$wstatus" = "$jstatus" ] || fail "$label: exit $wstatus, java -jar gave $jstatus"
    cmp -s "$work/w.out" "$work/j.out" || fail "$label: standard output differs from java -jar"
    cmp -s "$work/w.err" "$work/j.err" || { fail "$label: standard error differs from java -jar:"; head -5 "$work/w.err" >&2; }
    echo "ok   $label (exit $wstatus)"
}
winarchive=$work/win/renda-check-win-test.jsa
mkdir -p "$work/win"
winrun "Windows line, making the archive" "-XX:ArchiveClassesAtExit=\"$winarchive.tmp\" $quietflags" "" \
    check --format json "one record.json"
[ -s "$winarchive.tmp" ] || fail "the Windows line did not write the archive"
mv "$winarchive.tmp" "$winarchive"
winrun "Windows line, using the archive" "-XX:SharedArchiveFile=\"$winarchive\" $quietflags" "-Xshare:on" \
    check --format json "one record.json"
winrun "Windows line, using the archive, usage error" "-XX:SharedArchiveFile=\"$winarchive\" $quietflags" "-Xshare:on" \
    check --no-such-option
winrun "Windows line, no archive" "" "" check --format json rejected.json

if [ "$failures" -gt 0 ]; then
    echo "launcher-test: $failures failure(s)" >&2
    exit 1
fi
echo "launcher-test: all passed"
