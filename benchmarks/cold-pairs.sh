#!/bin/sh
# Usage: sh benchmarks/cold-pairs.sh OLD.jar NEW.jar RECORD N  — one-record cold start, java -jar, interleaved pairs, wall seconds
OLD=$1; NEW=$2; REC=$3; N=${4:-7}
i=0
while [ $i -lt $N ]; do
  for j in old new; do
    if [ $j = old ]; then J=$OLD; else J=$NEW; fi
    s=$(date +%s.%N); java -jar $J check $REC > /dev/null 2>&1; e=$(date +%s.%N)
    echo "$j $(awk "BEGIN {print $e - $s}")"
  done
  i=$((i+1))
done | awk '{v[$1]=v[$1]" "$2; print} END {print "old:" v["old"]; print "new:" v["new"]}'
