#!/usr/bin/env bash
# Estate at scale: for each estate size, the wall time and peak memory of
#   1. sqlite3's own `.import` of the asset register into an equivalent table (the reference),
#   2. `estate ingest` of the same asset register into a new database,
#   3. `estate report` of the whole sample folder (ingested beforehand, so the report's own work is measured).
# Prints a table with the ratios and writes it, with the machine it ran on, to Benchmarks/results.md.
#
# Usage: Benchmarks/run.sh [SIZE...]          (default: 10000 100000 1000000)
# Environment:
#   ESTATE_BENCH_CONFIG=debug|release   how to build estate (default release; CI's smoke run uses debug)
#   ESTATE_BENCH_SCRATCH=DIR            SwiftPM scratch path (default .build-bench)
#   ESTATE_BENCH_DIR=DIR                where the estates and databases go (default a new temporary folder)
#   ESTATE_BENCH_RESULTS=FILE           where the table goes (default Benchmarks/results.md)
#   ESTATE_BENCH_REPORT_LIMIT=SECONDS   stop a report that runs longer and record it as "> SECONDS" (default none)
#   ESTATE_BENCH_NOTE=TEXT              a sentence about the run written under the table (e.g. that the machine was shared)
# Needs GNU time (/usr/bin/time) and the sqlite3 command-line tool; it installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(10000 100000 1000000); fi
for size in "${sizes[@]}"; do
  if ! [[ "$size" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: sizes are whole numbers of assets above 0, found \"$size\"" >&2
    exit 64
  fi
done

missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: needs ${missing[*]}; on Debian or Ubuntu: apt-get install ${missing[*]}" >&2
  exit 1
fi

config="${ESTATE_BENCH_CONFIG:-release}"
scratch="${ESTATE_BENCH_SCRATCH:-.build-bench}"
results="${ESTATE_BENCH_RESULTS:-Benchmarks/results.md}"
work="${ESTATE_BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/estate-bench.XXXXXX")}"
mkdir -p "$work"

echo "run.sh: building estate ($config)" >&2
swift build -c "$config" --product estate --scratch-path "$scratch" >&2
estate="$(swift build -c "$config" --scratch-path "$scratch" --show-bin-path)/estate"

# Runs a command under GNU time and sets `seconds` and `peak_mb`; stops the script if the command fails.
# With a limit as the first argument (0 for none), a command still running then is stopped and recorded
# as "> limit" seconds with the peak it had reached.
measure() {
  local limit="$1"
  shift
  local log="$work/time.log"
  local status=0
  if [ "$limit" -gt 0 ]; then
    /usr/bin/time -f "%e %M" -o "$log" timeout "$limit" "$@" >"$work/stdout.log" 2>"$work/stderr.log" || status=$?
  else
    /usr/bin/time -f "%e %M" -o "$log" "$@" >"$work/stdout.log" 2>"$work/stderr.log" || status=$?
  fi
  if [ "$status" -eq 124 ]; then
    echo "run.sh: stopped after $limit s: $*" >&2
    peak_mb=$(tail -1 "$log" | awk '{ printf "%.0f", $2 / 1024 }')
    seconds="> $limit"
    return
  fi
  if [ "$status" -ne 0 ]; then
    echo "run.sh: failed: $*" >&2
    cat "$work/stderr.log" >&2
    exit 1
  fi
  read -r seconds peak_mb < <(tail -1 "$log" | awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }')
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
per_million() {
  case "$1" in
    ">"*) echo "n/a" ;;
    *) awk -v t="$1" -v n="$2" 'BEGIN { printf "%.1f", t * 1000000 / n }' ;;
  esac
}
report_limit="${ESTATE_BENCH_REPORT_LIMIT:-0}"

# The asset register's 20 columns as text, the asset tag unique: what Estate's own table enforces.
asset_table="CREATE TABLE assets (asset_tag TEXT NOT NULL UNIQUE, hostname TEXT, type TEXT, manufacturer TEXT,
  model TEXT, serial TEXT, location TEXT, department TEXT, purchase_date TEXT, cost TEXT, warranty_expiry TEXT,
  operating_system TEXT, os_version TEXT, processor TEXT, cores TEXT, ram_gb TEXT, storage_gb TEXT, tpm TEXT,
  last_seen TEXT, status TEXT);"

header="| Assets | sqlite3 .import (s) | estate ingest (s) | ingest ÷ sqlite3 | ingest peak (MB) | report (s) | report peak (MB) | report s per 1M assets |"
rule="|---:|---:|---:|---:|---:|---:|---:|---:|"
rows=()
for size in "${sizes[@]}"; do
  sample="$work/sample-$size"
  rm -rf "$sample" "$work/reference-$size.sqlite" "$work/ingest-$size.sqlite" "$work/report-$size.sqlite"
  echo "run.sh: $size assets: writing the sample estate" >&2
  "$estate" sample --assets "$size" --seed 7 --out "$sample" >/dev/null
  assets=$(($(wc -l <"$sample/assets.csv") - 1))

  echo "run.sh: $size assets: sqlite3 .import" >&2
  sqlite3 "$work/reference-$size.sqlite" "$asset_table"
  measure 0 sqlite3 "$work/reference-$size.sqlite" ".import --csv --skip 1 $sample/assets.csv assets"
  sqlite_s=$seconds

  echo "run.sh: $size assets: estate ingest" >&2
  measure 0 "$estate" ingest "$sample/assets.csv" --db "$work/ingest-$size.sqlite" --as-of 2026-10-01
  ingest_s=$seconds
  ingest_mb=$peak_mb

  echo "run.sh: $size assets: estate report" >&2
  "$estate" ingest "$sample" --db "$work/report-$size.sqlite" --as-of 2026-10-01 >/dev/null 2>&1
  measure "$report_limit" "$estate" report --inventory "$sample" --db "$work/report-$size.sqlite" --out "$work/report-$size" \
    --as-of 2026-10-01
  report_s=$seconds
  report_mb=$peak_mb

  rows+=("| $assets | $sqlite_s | $ingest_s | $(ratio "$ingest_s" "$sqlite_s") | $ingest_mb | $report_s | $report_mb | $(per_million "$report_s" "$assets") |")
  rm -rf "$sample" "$work/reference-$size.sqlite" "$work/ingest-$size.sqlite" "$work/report-$size.sqlite" \
    "$work/report-$size"
done

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
memory=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
machine="$(nproc) cores, ${cpu:-unknown}, $memory; $(uname -sr); $(swift --version 2>/dev/null | head -1); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"

{
  echo "# Benchmark results"
  echo
  echo "Run on $(date -u +%Y-%m-%d) by \`Benchmarks/run.sh ${sizes[*]}\` ($config build)."
  echo "Machine: $machine."
  echo
  echo "$header"
  echo "$rule"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Ingest: the sample's asset register into a new database. Reference: sqlite3's \`.import\` of the same file into"
  echo "a table of its 20 columns with the asset tag unique. Report: \`estate report\` of the whole sample folder (assets,"
  echo "servers, systems, components), already ingested, as of 2026-10-01. Peak is the maximum resident set (GNU time)."
  if [ -n "${ESTATE_BENCH_NOTE:-}" ]; then
    echo "$ESTATE_BENCH_NOTE"
  fi
  if [ "$report_limit" -gt 0 ]; then
    echo "Reports still running after $report_limit s were stopped (ESTATE_BENCH_REPORT_LIMIT): \"> $report_limit\", with the"
    echo "peak memory they had reached."
  fi
} >"$results"

echo
echo "$header"
echo "$rule"
printf '%s\n' "${rows[@]}"
echo
echo "Machine: $machine"
echo "run.sh: written to $results" >&2
