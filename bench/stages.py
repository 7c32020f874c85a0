#!/usr/bin/env python3
"""Mean time per pipeline stage from a running gateway's /metrics (portcullis_stage_seconds).

usage: stages.py BASE_URL ADMIN_KEY
"""
import re
import sys
import urllib.request

base, key = sys.argv[1:3]
text = urllib.request.urlopen(urllib.request.Request(base + "/metrics", headers={"Authorization": "Bearer " + key})).read().decode()
sums, counts = {}, {}
for line in text.splitlines():
    m = re.match(r'portcullis_(stage|overhead)_seconds_(sum|count)(?:\{stage="([a-z_]+)"\})? ([0-9.e+-]+)', line)
    if m:
        name = m.group(3) or "overhead (total)"
        (sums if m.group(2) == "sum" else counts)[name] = float(m.group(4))
print(f"{'stage':<18}{'count':>10}{'mean µs':>10}")
for name in sums:
    n = counts.get(name, 0)
    if n:
        print(f"{name:<18}{int(n):>10}{sums[name] / n * 1e6:>10.1f}")
