#!/usr/bin/env bash
# The speed benchmark of issue 13: postlint beside markdownlint-cli2 on the same files, measured in one
# run of this script, medians of RUNS runs each, with peak memory (RSS). Prints one Markdown table.
#   bench/run.sh [RUNS [SIZES...]]
# SIZES are generated sites (bench/generate-site.py) that both tools check cold after the corpus, default
# 1000 10000; each is run GENERATED_RUNS times (default 1: markdownlint-cli2 takes minutes for 10,000 posts).
# Needs ../shared/corpus beside the checkout, Java 17+, Maven, Node.js and npm (markdownlint-cli2 is
# installed from the npm registry into a temporary folder). External links are not checked (offline),
# since markdownlint-cli2 does not check them either.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
shift $(( $# > 0 ? 1 : 0 ))
[ "$#" -gt 0 ] || set -- 1000 10000
generated_runs="${GENERATED_RUNS:-1}"
corpus="$here/../shared/corpus"
[ -n "${EPOCHREALTIME:-}" ] || { echo "bench: bash 5 or later is needed (EPOCHREALTIME)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "bench: $corpus is missing" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -Dinvoker.skip -pl cli -am package) >&2
# The distribution's launcher, as installed (the checkout's ./postlint first checks that the build is current).
postlint="$(ls -d "$here"/cli/target/postlint-*/postlint-*/bin/postlint | head -n 1)"
# The launcher's start-up archive, as a laptop has it after the first run on a terminal (docs/performance.md).
POSTLINT_CDS=create "$postlint" --version > /dev/null
(cd "$work" && npm install --silent --no-audit --no-fund markdownlint-cli2 >/dev/null 2>&1)
mdl="$work/node_modules/.bin/markdownlint-cli2"

# The sites: the two Markdown folders of the corpus (1,141 files), and 300 posts of them.
mkdir -p "$work/all" "$work/small"
cp -r "$corpus/nodejs-blog" "$corpus/jekyll-docs" "$work/all/"
find "$work/all/nodejs-blog" -name '*.md' | sort | sed -n 1,300p | while read -r f; do cp "$f" "$work/small/"; done
for size in "$@"; do
  python3 "$here/bench/generate-site.py" "$corpus" "$work/generated-$size" "$size"
done
for site in all small "${@/#/generated-}"; do
  printf 'links:\n  external: false\n' > "$work/$site/.postlint.yml"
  printf '{}\n' > "$work/$site/.markdownlint-cli2.jsonc"
done

# measure SITE COMMAND...: runs the command RUNS times in the site; prints "median_ms peak_kb". Timed with
# bash's clock, in the site's folder, without a subshell or a program of its own: each fork or program
# costs milliseconds here (docs/performance.md), which a run of 50 ms would count as its own.
measure() {
  local site="$1"; shift
  local times=() peak=0 start end kb
  cd "$work/$site"
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    /usr/bin/time -o "$work/rss" -f '%M' "$@" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    times+=($(( (10#${end/[.,]/} - 10#${start/[.,]/}) / 1000 )))
    kb=$(tail -1 "$work/rss")
    [ "$kb" -gt "$peak" ] && peak="$kb"
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p") $peak"
}

# row LABEL SITE [RUNS]: postlint without its result cache (cold), or a second run with it (warm); "resident"
# in the label: through the resident process (POSTLINT_DAEMON=on), started by one run before the runs
# measured, whose peak RSS is the client's; the server's own is printed below the table.
row() {
  local label="$1" site="$2" ours theirs cache=(--no-cache) runs="${3:-$runs}"
  read -r theirs theirs_kb < <(measure "$site" "$mdl" "**/*.md")
  case "$label" in *warm*) cache=() ;; esac
  case "$label" in resident*) export POSTLINT_DAEMON=on ;; *) export POSTLINT_DAEMON=off ;; esac
  (cd "$work/$site" && "$postlint" check . --fail-on never "${cache[@]}" >/dev/null)
  read -r ours ours_kb < <(measure "$site" "$postlint" check . --fail-on never "${cache[@]}")
  awk -v l="$label" -v s="$site" -v o="$ours" -v t="$theirs" -v ok="$ours_kb" -v tk="$theirs_kb" 'BEGIN {
    printf "| %s, %s | %.2f s | %.0f MB | %.2f s | %.0f MB | %.1fx |\n", l, s, o / 1000, ok / 1024, t / 1000, tk / 1024, t / o }'
}

# The resident process of these runs lives in a folder of this benchmark and is stopped at its end.
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
trap 'POSTLINT_DAEMON=stop "$postlint" > /dev/null 2>&1; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $("$mdl" --help 2>&1 | head -1), $runs runs each"
echo
echo "| run | postlint | peak RSS | markdownlint-cli2 | peak RSS | postlint faster by |"
echo "| --- | --- | --- | --- | --- | --- |"
row cold all
row warm all
row cold small
row warm small
row "resident cold" all
row "resident warm" all
row "resident cold" small
row "resident warm" small
for size in "$@"; do
  row "cold ($generated_runs run$([ "$generated_runs" = 1 ] || echo s))" "generated-$size" "$generated_runs"
done
server="$(ls "$XDG_RUNTIME_DIR"/postlint/resident-*/server)"
echo
echo "resident process: peak RSS $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$(awk 'NR == 1 { print $2 }' "$server")/status")"
