#!/usr/bin/env python3
"""Prints bench/run's table, ratios and targets from its results file.

usage: report.py RESULTS SIZE_50K SIZE_50M CORES [INSTRUCTIONS]
INSTRUCTIONS holds "LABEL<TAB>count" lines (bench/instructions.sh).
Exits 1 when a target fails.
"""
import sys

results, size_small, size_large, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
instructions = {}
if len(sys.argv) > 5:
    for line in open(sys.argv[5]):
        label, count = line.rstrip("\n").split("\t")
        instructions[label] = int(count)
rows = {}
for line in open(results):
    label, seconds, rss_kib, runs, cpu = line.rstrip("\n").split("\t")
    rows[label] = (float(seconds), int(rss_kib) / 1024.0, float(cpu))

print("\n%-24s %12s %12s %14s" % ("run", "best ms", "cpu ms", "peak RSS MiB"))
for label, (seconds, rss, cpu) in rows.items():
    print("%-24s %12.1f %12.1f %14.1f" % (label, seconds * 1000, cpu * 1000, rss))
print("(50 kB file: %d bytes; 50 MB file: %d bytes; %s cores)\n" % (size_small, size_large, cores))

def time(label):
    return rows[label][0]

def rss(label):
    return rows[label][1]

def cpu(label):
    return rows[label][2]

failed = 0
def ratio(name, value, unit, limit=None):
    global failed
    verdict = ""
    if limit is not None:
        ok = value <= limit
        failed += not ok
        verdict = "%s (target <= %g)" % ("PASS" if ok else "FAIL", limit)
    print("%-34s %10.2f %-4s %s" % (name, value, unit, verdict))

ratio("avslint/floor, 10 000 files", time("avslint-10000") / time("floor-10000"), "x", 3.0)
ratio("  (CPU time, all threads)", cpu("avslint-10000") / cpu("floor-10000"), "x")
if "check-jsonschema-1000" in rows:
    ratio("check-jsonschema/avslint, 1 000", time("check-jsonschema-1000") / time("avslint-1000"), "x")
ratio("50MB/50kB time", time("avslint-50m") / time("avslint-50k"), "x", 1500)
ratio("  (size ratio, for reference)", size_large / size_small, "x")
ratio("single file", time("avslint-single") * 1000, "ms", 5)
ratio("  (floor, same file)", time("floor-single") * 1000, "ms")
if "avslint-single" in instructions:
    ratio("single file, instructions", instructions["avslint-single"] / 1e6, "M", 6)
    ratio("  (floor, same file)", instructions["floor-single"] / 1e6, "M")
ratio("peak RSS, 10 000 files", rss("avslint-10000"), "MiB", 200)
ratio("peak RSS, 50 MB file", rss("avslint-50m"), "MiB", 10 * size_large / 1048576)
ratio("  (peak RSS / file size)", rss("avslint-50m") * 1048576 / size_large, "x")
print("\n%s" % ("all targets hold" if not failed else "%d target(s) FAIL" % failed))
sys.exit(1 if failed else 0)
