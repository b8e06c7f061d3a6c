#!/usr/bin/env bash
# Whole-run benchmark: checks the shared corpus with 1 thread and with every processor, a few times
# each, and prints the median wall time of each and their ratio. Figures are only comparable within
# one run of this script on one machine.
#   bench/whole-run.sh [RUNS] [PATH]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
target="${2:-$here/../shared/corpus}"
jar="$here/cli/target/postlint.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -pl cli -am package)
config="$(mktemp --suffix=.yml)"
trap 'rm -f "$config"' EXIT

median_ms() {
  local threads="$1" times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    java -jar "$jar" check "$target" --config "$config" --offline --fail-on never --format json --threads "$threads" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

cores=$(nproc)
files=$(find "$target" -name '*.md' -o -name '*.markdown' | wc -l)
one=$(median_ms 1)
all=$(median_ms "$cores")
echo "files: $files, runs each: $runs"
echo "1 thread:          ${one} ms (median)"
echo "$cores threads:         ${all} ms (median)"
awk -v a="$one" -v b="$all" -v c="$cores" 'BEGIN { printf "speed-up with %d threads: %.2fx\n", c, a / b }'
