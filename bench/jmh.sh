#!/usr/bin/env bash
# JMH microbenchmarks: the parse stage and every post rule over 200 posts of the corpus's Node.js blog.
#   bench/jmh.sh [JMH OPTIONS...]   (default: 1 fork, 1 warm-up and 3 measured iterations of 2 s)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -Dinvoker.skip -pl bench/jmh -am package) >&2
cd "$here"
if [ "$#" -eq 0 ]; then
  set -- -f 1 -wi 1 -w 2s -i 3 -r 2s
fi
java -Dpostlint.corpus="$here/../shared/corpus" -jar bench/jmh/target/benchmarks.jar "$@"
