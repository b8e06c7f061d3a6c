#!/usr/bin/env python3
"""Prints the peak of the summed resident memory (MB) of a process and all its descendants, sampled
every 50 ms until the process is gone: the peak RSS of a run that starts a second JVM."""
import os, sys, time

def tree_rss_kb(root):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open("/proc/%d/status" % pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total

root, peak = int(sys.argv[1]), 0
while os.path.exists("/proc/%d" % root):
    peak = max(peak, tree_rss_kb(root))
    time.sleep(0.05)
print("%.0f" % (peak / 1024))
