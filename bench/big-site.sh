#!/usr/bin/env bash
# Memory benchmark: builds a Jekyll site of about 10,400 posts (about 196 MB) from copies of the corpus's
# Node.js blog and Jekyll docs, then checks it once, offline, with a capped heap, and prints the wall time
# and the peak resident memory. The run must finish: site rules keep only a small summary of each post.
#   bench/big-site.sh [COPIES] [HEAP]      defaults: 9 copies (10,269 posts), -Xmx1g
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${1:-9}"
heap="${2:-1g}"
corpus="$here/../shared/corpus"
[ -d "$corpus" ] || { echo "big-site: ../shared/corpus is not beside the checkout" >&2; exit 1; }
jar="$here/cli/target/postlint.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -pl cli -am package)
site="$here/target/bench/big-site"
rm -rf "$site"
mkdir -p "$site/_posts"
printf 'title: generated benchmark site\n' > "$site/_config.yml"
for i in $(seq "$copies"); do
  mkdir -p "$site/_posts/copy-$i"
  cp -r "$corpus/nodejs-blog" "$site/_posts/copy-$i/"
  cp -r "$corpus/jekyll-docs" "$site/_posts/copy-$i/"
done
config="$(mktemp --suffix=.yml)"
trap 'rm -f "$config"' EXIT
files=$(find "$site" -name '*.md' -o -name '*.markdown' | wc -l)
size=$(du -sm "$site" | cut -f1)
echo "site: $files Markdown files, $size MB; heap: -Xmx$heap"
/usr/bin/time -f "wall: %e s, peak resident memory: %M KB" \
  java "-Xmx$heap" -jar "$jar" check "$site" --config "$config" --offline --no-cache --fail-on never --format json \
  > "$here/target/bench/big-site.json"
python3 - "$here/target/bench/big-site.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("checked: %d files, %d findings, %d files not checked" % (report["files"], len(report["findings"]), len(report["errors"])))
PY
