#!/usr/bin/env python3
"""Times one command for bench/run: one warm-up run, then best of N.

usage: measure.py RESULTS LABEL RUNS EXPECTED_CODES -- COMMAND...
Appends "LABEL<TAB>best wall seconds<TAB>peak RSS KiB<TAB>runs<TAB>best CPU
seconds" to RESULTS. Wall time, CPU time (user + system, all threads) and
peak RSS come from wait4(2) on the child itself, so they include process
start and exclude this script. CPU time shows the work done even when other
processes share the cores. Standard output goes to /dev/null.
EXPECTED_CODES is a comma list such as "0,1"; any other exit status stops
the benchmark with the command's standard error.
"""
import os, subprocess, sys, tempfile, time


def run_once(command, expected):
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in expected:
            err.seek(0)
            sys.stderr.write(err.read().decode(errors="replace")[-2000:])
            sys.exit("bench: %s exited %d (expected %s)" % (command[0], child.returncode, sorted(expected)))
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def main():
    results, label, runs, codes = sys.argv[1:5]
    if sys.argv[5] != "--":
        sys.exit(__doc__)
    command = sys.argv[6:]
    expected = {int(code) for code in codes.split(",")}
    run_once(command, expected)  # warm-up: page cache, dynamic loader
    times, peaks, cpus = [], [], []
    for _ in range(int(runs)):
        elapsed, peak, cpu = run_once(command, expected)
        times.append(elapsed)
        peaks.append(peak)
        cpus.append(cpu)
    with open(results, "a") as out:
        out.write("%s\t%.6f\t%d\t%d\t%.6f\n" % (label, min(times), max(peaks), len(times), min(cpus)))
    print("  %-28s best %8.1f ms   cpu %8.1f ms   peak %7.1f MiB" % (label, min(times) * 1000, min(cpus) * 1000, max(peaks) / 1024), flush=True)


if __name__ == "__main__":
    main()
