#!/usr/bin/env bash
# Builds and runs one of Estate's libFuzzer targets against EstateCore's readers.
#
#   Fuzz/run.sh list                 the targets
#   Fuzz/run.sh TARGET [SECONDS]     fuzz TARGET for SECONDS (default 120)
#   Fuzz/run.sh all [SECONDS]        every target in turn, SECONDS each
#   Fuzz/run.sh replay TARGET FILE…  run TARGET once on each FILE (to reproduce a crash)
#
# EstateCore is compiled once (outside SwiftPM, which has no fuzzing product) with
# `swiftc -sanitize=fuzzer,address`, from a copy of Sources/EstateCore taken when the script starts; it is
# rebuilt only when those sources change. Each target is one file in Fuzz/Targets linked against it.
# The corpus of TARGET starts from Fuzz/Seeds/TARGET, the test fixtures of its format and the inputs kept in
# Tests/EstateCoreTests/Hardening/Fixtures/fuzz-regressions/TARGET, and grows in the build folder between
# runs. A crashing input is written to BUILD/artifacts/TARGET/: copy it into that fuzz-regressions folder,
# where FuzzRegressionTests replays it on every `swift test`.
#
# Environment: ESTATE_FUZZ_BUILD (build folder, default .build-fuzz), ESTATE_FUZZ_OPT (-O unless given),
# ESTATE_FUZZ_REUSE=1 (keep the EstateCore already compiled even though its sources changed since).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${ESTATE_FUZZ_BUILD:-.build-fuzz}
opt=${ESTATE_FUZZ_OPT:--O}
regressions=Tests/EstateCoreTests/Hardening/Fixtures/fuzz-regressions
targets=$(cd Fuzz/Targets && ls -- *.swift | sed 's/\.swift$//')

usage() {
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

# Test fixtures that seed each target's corpus, as globs under Tests/ and Inventory/.
seeds_for() {
  case $1 in
  csv) echo "Inventory/*.csv Tests/EstateCoreTests/Lifecycle/Fixtures/*.csv Tests/EstateCLITests/Fixtures/*.csv" ;;
  estate-json) echo "Tests/EstateCLITests/Fixtures/mixed-sources/*.scan.json Inventory/policy.json" ;;
  endoflife-json) echo "Tests/EstateCoreTests/Lifecycle/Fixtures/api-*.json" ;;
  osquery) echo "Tests/EstateCoreTests/Importers/Fixtures/*osquery*" ;;
  ansible) echo "Tests/EstateCoreTests/Importers/Fixtures/ansible-* Tests/EstateCoreTests/Importers/Fixtures/*.cache.json" ;;
  cyclonedx) echo "Tests/EstateCoreTests/Importers/Fixtures/*.cdx.json" ;;
  spdx) echo "Tests/EstateCoreTests/Importers/Fixtures/*.spdx.json" ;;
  dpkg) echo "Tests/EstateCoreTests/Importers/Fixtures/*dpkg*" ;;
  rpm) echo "Tests/EstateCoreTests/Importers/Fixtures/*rpm*" ;;
  dmidecode) echo "Tests/EstateCoreTests/Importers/Fixtures/*dmidecode*" ;;
  systeminfo) echo "Tests/EstateCoreTests/Importers/Fixtures/*systeminfo* Tests/EstateCoreTests/Importers/Fixtures/*.reg" ;;
  *) echo "" ;;
  esac
}

# The longest input each target tries: a few KiB for a file, a few hundred bytes for a cell.
max_len_for() {
  case $1 in
  dates | money | sizes) echo 256 ;;
  csv) echo 2048 ;; # every input is read as three registers, row by row
  *) echo 8192 ;;
  esac
}

build_library() {
  local src=$build/src lib=$build/lib
  if [ "${ESTATE_FUZZ_REUSE:-0}" = 1 ] && [ -f "$lib/libEstateCore.a" ]; then return; fi
  rm -rf "$src.new"
  mkdir -p "$src.new" "$lib"
  (cd Sources/EstateCore && find . -name '*.swift' -print0 | tar -cf - --null -T -) | tar -xf - -C "$src.new"
  cp Fuzz/Support/BundleModule.swift "$src.new/"
  local stamp
  stamp=$( (cd "$src.new" && find . -name '*.swift' -print0 | sort -z | xargs -0 sha256sum; echo "$opt") | sha256sum)
  if [ -f "$lib/stamp" ] && [ "$(cat "$lib/stamp")" = "$stamp" ] && [ -f "$lib/libEstateCore.a" ]; then
    rm -rf "$src.new"
    return
  fi
  rm -rf "$src"
  mv "$src.new" "$src"
  echo "fuzz: compiling EstateCore with -sanitize=fuzzer,address $opt (several minutes)" >&2
  local sources
  sources=$(cd "$src" && find . -name '*.swift' | sort)
  (cd "$src" && swiftc -emit-library -static -emit-module -module-name EstateCore -parse-as-library \
    -sanitize=fuzzer,address "$opt" -wmo -swift-version 6 \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility \
    -emit-module-path "$OLDPWD/$lib/EstateCore.swiftmodule" -o "$OLDPWD/$lib/libEstateCore.a" $sources) \
    2> >(grep -v "Cannot export local symbol" >&2)
  echo "$stamp" >"$lib/stamp"
}

build_target() {
  local target=$1 lib=$build/lib
  mkdir -p "$build/bin"
  if [ ! -x "$build/bin/$target" ] || [ "$lib/libEstateCore.a" -nt "$build/bin/$target" ] ||
    [ "Fuzz/Targets/$target.swift" -nt "$build/bin/$target" ] || [ Fuzz/Support/FuzzHarness.swift -nt "$build/bin/$target" ]; then
    swiftc -parse-as-library -sanitize=fuzzer,address "$opt" -swift-version 6 -module-name "Fuzz_${target//-/_}" \
      -I "$lib" -L "$lib" -lEstateCore Fuzz/Support/FuzzHarness.swift "Fuzz/Targets/$target.swift" \
      -o "$build/bin/$target" 2> >(grep -v "Cannot export local symbol" >&2)
  fi
}

seed_corpus() {
  local target=$1 corpus=$build/corpus/$1
  mkdir -p "$corpus"
  local pattern file
  for pattern in $(seeds_for "$target"); do
    for file in $pattern; do [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$file")"; done
  done
  for file in "Fuzz/Seeds/$target"/* "$regressions/$target"/*; do
    [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$file")"
  done
  return 0
}

fuzz() {
  local target=$1 seconds=$2
  build_target "$target"
  seed_corpus "$target"
  mkdir -p "$build/artifacts/$target" "$build/logs"
  local log=$build/logs/$target.log
  echo "fuzz: $target for ${seconds}s (log: $log)" >&2
  # The asset register is read on a second thread, which can still be letting go of the input when libFuzzer
  # looks for leaks; that reads as a leak now and then, so the CSV target does not look for them.
  local leaks=1
  [ "$target" = csv ] && leaks=0
  local status=0
  "$build/bin/$target" "$build/corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="$(max_len_for "$target")" -detect_leaks="$leaks" -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$target/" >"$log" 2>&1 || status=$?
  # The edge coverage reached, the run at which it last grew (and at which any new feature was last found),
  # and how many runs there were in all: when the first is far behind the total, the target has plateaued.
  local summary runs
  summary=$(awk '/^#[0-9]+[[:space:]]+NEW/ {
      match($0, /cov: [0-9]+/); cov = substr($0, RSTART + 5, RLENGTH - 5)
      if (cov != last) { last = cov; grew = substr($1, 2) }
      feature = substr($1, 2)
    } END { printf "coverage %s edges, last grew at run %s, last new feature at run %s", last, grew, feature }' "$log")
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
  echo "fuzz: $target: exit $status, $summary, of ${runs:-?} runs" >&2
  if [ "$status" -ne 0 ]; then
    grep -E 'ERROR|Fatal error|Test unit written|SUMMARY' "$log" >&2 || true
    return "$status"
  fi
}

[ $# -ge 1 ] || usage
case $1 in
list) echo "$targets" ;;
all)
  build_library
  failed=0
  for target in $targets; do fuzz "$target" "${2:-120}" || failed=1; done
  exit $failed
  ;;
replay)
  [ $# -ge 3 ] || usage
  build_library
  build_target "$2"
  "$build/bin/$2" "${@:3}"
  ;;
*)
  echo "$targets" | grep -qx -- "$1" || { echo "fuzz: no target '$1'; targets: $(echo $targets)" >&2; exit 64; }
  build_library
  fuzz "$1" "${2:-120}"
  ;;
esac
