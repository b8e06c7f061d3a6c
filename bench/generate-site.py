#!/usr/bin/env python3
"""A generated Jekyll site for the benchmarks: SIZE posts made from the corpus's Node.js blog and Jekyll
docs, in turn, each with its own file name, date and title, so that the cross-post rules compare real,
distinct values.
    bench/generate-site.py CORPUS SITE SIZE
"""
import os
import re
import sys

corpus, site, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
sources = []
for folder in ("nodejs-blog", "jekyll-docs"):
    for root, _, files in os.walk(os.path.join(corpus, folder)):
        sources += [os.path.join(root, f) for f in sorted(files) if f.endswith((".md", ".markdown"))]
sources.sort()
posts = os.path.join(site, "_posts")
os.makedirs(posts)
with open(os.path.join(site, "_config.yml"), "w") as config:
    config.write("title: generated benchmark site\n")
for i in range(size):
    with open(sources[i % len(sources)], encoding="utf-8", errors="replace") as source:
        text = source.read()
    text = re.sub(r"(?m)^title: *(.*)$", lambda m: "title: %s (%d)" % (m.group(1).strip().strip("'\""), i),
                  text, count=1)
    name = "%04d-%02d-%02d-post-%d.md" % (2000 + i % 25, 1 + i % 12, 1 + i % 28, i)
    with open(os.path.join(posts, name), "w", encoding="utf-8") as post:
        post.write(text)
