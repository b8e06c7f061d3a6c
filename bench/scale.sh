#!/usr/bin/env bash
# Scale benchmark of issue 13: generated Jekyll sites of 1k, 10k and 50k posts, made from the corpus's
# posts with their own file names and titles (so the cross-post rules compare real, distinct values),
# each checked once offline with no result cache under -Xmx1g; prints posts, MB, wall time, peak RSS (the
# largest process's, as /usr/bin/time gives it) and the peak of the summed RSS of all the run's processes
# (from 20,000 posts postlint hands the check to a second JVM: cli/.../LargeRunHandOff).
#   bench/scale.sh [SIZES...]      default: 1000 10000 50000
# POSTLINT_SCALE_JAVA_OPTS replaces the JVM options (default: the launcher's, with -Xmx1g); e.g. without
# -XX:TieredStopAtLevel=1 for tiered compilation with C2, which large sites gain from (docs/performance.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$here/../shared/corpus"
[ -d "$corpus" ] || { echo "scale: ../shared/corpus is not beside the checkout" >&2; exit 2; }
[ "$#" -gt 0 ] || set -- 1000 10000 50000
(cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -Dinvoker.skip -pl cli -am package) >&2
opts="${POSTLINT_SCALE_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m -XX:-UsePerfData}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "| posts | MB | wall | peak RSS | peak RSS, all processes |"
echo "| --- | --- | --- | --- | --- |"
for size in "$@"; do
  site="$work/site-$size"
  python3 "$here/bench/generate-site.py" "$corpus" "$site" "$size"
  mb=$(du -sm "$site" | cut -f1)
  /usr/bin/time -o "$work/time" -f '%e %M' env POSTLINT_JAVA_OPTS="$opts" \
    "$here/postlint" check "$site" --offline --no-cache --fail-on never --format json > /dev/null &
  timed=$!
  python3 "$here/bench/tree-rss.py" "$timed" > "$work/tree" &
  sampler=$!
  wait "$timed"
  wait "$sampler"
  read -r wall kb < "$work/time"
  read -r tree < "$work/tree"
  awk -v n="$size" -v mb="$mb" -v w="$wall" -v kb="$kb" -v tree="$tree" \
    'BEGIN { printf "| %d | %d | %.1f s | %.0f MB | %d MB |\n", n, mb, w, kb / 1024, tree }'
  rm -rf "$site"
done
