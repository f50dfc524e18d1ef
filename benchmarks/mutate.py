#!/usr/bin/env python3
"""Writes mutated copies of JSON records (for benchmarks/same-reports.sh): each copy gets 1-3 random
changes -- a field removed, set to null, to a wrong type, to an odd or impossible date, to an unknown
enum value, an unknown field added, an array item duplicated -- and one file in ten is broken as text.
Usage: mutate.py IN_DIR OUT_DIR [SEED]"""
import json, os, random, sys

DATES = ["2024-02-30", "2023-02-29", "2024-13-01", "2024-1-1", "20240101", "1999-12-31", "2030-01-01", "", "2024/01/01"]
ODD = [None, "", "x", -1, 0, 1.5, 10**12, True, [], {}, "CHAIRMAN", "UNKNOWN_VALUE", "2024-06-31", "😀"]

def nodes(n, out):
    if isinstance(n, dict):
        out.append(n)
        for v in n.values():
            nodes(v, out)
    elif isinstance(n, list):
        out.append(n)
        for v in n:
            nodes(v, out)
    return out

def mutate(r, rnd):
    targets = nodes(r, [])
    t = rnd.choice(targets)
    if isinstance(t, dict) and t:
        k = rnd.choice(list(t))
        c = rnd.randrange(5)
        if c == 0:
            del t[k]
        elif c == 1:
            t[k] = rnd.choice(DATES)
        elif c == 2:
            t[k] = rnd.choice(ODD)
        elif c == 3:
            t["unknownField" + str(rnd.randrange(3))] = 1
        else:
            t[k] = None
    elif isinstance(t, list) and t:
        c = rnd.randrange(2)
        if c == 0:
            t.append(json.loads(json.dumps(rnd.choice(t))))
        else:
            del t[rnd.randrange(len(t))]

def main():
    src, dst = sys.argv[1], sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20261201)
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            r = json.load(f)
        for _ in range(rnd.randint(1, 3)):
            mutate(r, rnd)
        text = json.dumps(r, ensure_ascii=False)
        if rnd.randrange(10) == 0:
            text = text[: rnd.randrange(1, len(text))]
        with open(os.path.join(dst, "m-" + name), "w", encoding="utf-8") as f:
            f.write(text)

main()
