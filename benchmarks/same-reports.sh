#!/bin/sh
# Do two builds give the same reports? Runs `check --format json` of both jars on the bundled sample,
# on N seeded random valid records (RecordGen) and on N mutated copies of them (mutate.py), and
# compares the reports byte for byte (issue 15: a redesign must not change a finding or a message).
# Usage (from the repository root, after `mvn -B package -DskipTests`):
#   sh benchmarks/same-reports.sh OLD.jar NEW.jar [N] [--ignore-texts]
# --ignore-texts compares the reports without the texts (message, remedy, reason, title) and the packs' SHA-256 (for a change that
# rewords messages on purpose): rule IDs, paths, severities, citations, statuses and errors' places.
# --ignore-pack-sha compares the reports byte for byte except the packs' SHA-256 (for a change of the DRL that
# must not change any finding or text, e.g. a rule rewritten for speed: issue 16).
set -eu
old=$1; new=$2; n=${3:-20000}; mode=${4:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/same-reports.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -cp benchmarks/target/benchmarks.jar org.renda.check.bench.WriteRecords "$work/random" "$n" 20261201 > /dev/null
python3 benchmarks/mutate.py "$work/random" "$work/mutated" 20261202
status=0
for set in examples/records/loudi-2025 "$work/random" "$work/mutated"; do
    name=$(basename "$set")
    java -jar "$old" check --format json "$set" > "$work/old.json" 2>/dev/null || true
    java -jar "$new" check --format json "$set" > "$work/new.json" 2>/dev/null || true
    if [ "$mode" = "--ignore-pack-sha" ]; then
        sed -i 's/"sha256" : "[0-9a-f]*"/"sha256" : "-"/' "$work/old.json" "$work/new.json"
    fi
    if [ "$mode" = "--ignore-texts" ]; then
        for f in old new; do
            python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if k not in ("message", "remedy", "reason", "title", "sha256")}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x
json.dump(strip(d), open(sys.argv[1] + ".s", "w"), ensure_ascii=False, sort_keys=True)' "$work/$f.json"
            mv "$work/$f.json.s" "$work/$f.json"
        done
    fi
    records=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["results"]))' "$work/new.json")
    if cmp -s "$work/old.json" "$work/new.json"; then
        echo "same     $name: $records records, $(wc -c < "$work/new.json") bytes of report"
    else
        echo "DIFFERENT $name: $records records"; status=1
        cmp "$work/old.json" "$work/new.json" | head -1
    fi
done
exit $status
