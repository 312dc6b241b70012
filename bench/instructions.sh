#!/usr/bin/env bash
# Counts the instructions of one run of a command with callgrind, for
# bench/run's single-file start-up figure (repeatable, unlike wall time).
#   bench/instructions.sh RESULTS LABEL BINARY ARGS...
# Appends "LABEL<TAB>instructions" to RESULTS. valgrind 3.19 cannot read this
# toolchain's DWARF, so it runs a copy of BINARY made with `strip --strip-debug`
# (same code, same instructions). Standard output goes to /dev/null; any exit
# status is accepted (avslint exits 1 on findings).
set -euo pipefail
results=$1 label=$2 binary=$3
shift 3
copy=$(mktemp "${TMPDIR:-/tmp}/bench-insn.XXXXXX")
trap 'rm -f "$copy" "$copy.out"' EXIT
strip --strip-debug -o "$copy" "$binary"
chmod +x "$copy"
valgrind --tool=callgrind --callgrind-out-file="$copy.out" "$copy" "$@" >/dev/null 2>"$copy.log" || true
count=$(sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p' "$copy.log")
rm -f "$copy.log"
[[ -n "$count" ]] || { echo "bench: callgrind gave no count for $label" >&2; exit 2; }
printf '%s\t%s\n' "$label" "$count" >>"$results"
printf '  %-28s %12s instructions\n' "$label" "$(printf "%'d" "$count")"
