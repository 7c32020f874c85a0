#!/usr/bin/env python3
"""Checks `portcullis anonymize` on a JSONL or CSV dataset (issue 4, Acceptance):
- the output has the same rows (and, for CSV, the same columns; for JSONL, the same fields);
- `portcullis scan` on the output finds none of the input's personal values (the values the
  scanner or the gold spans mark in the input record).
Usage: anonymize_check.py PORTCULLIS INPUT OUTPUT (jsonl|csv)
Prints a summary line; exits 1 on a failure."""
import csv, json, subprocess, sys, tempfile, os

bin_, inp, out, kind = sys.argv[1:5]


def records(path):
    if kind == "jsonl":
        with open(path, encoding="utf-8") as f:
            return [json.loads(l) for l in f if l.strip()]
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows


def scan(texts):
    """Findings (type, value) per index, via the --jsonl evaluation contract."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": str(i), "text": t}) + "\n")
        name = f.name
    try:
        res = subprocess.run([bin_, "scan", "--no-progress", "--jsonl", name], capture_output=True, text=True, check=False)
    finally:
        os.unlink(name)
    out = {}
    for line in res.stdout.splitlines():
        o = json.loads(line)
        t = texts[int(o["id"])]
        out[int(o["id"])] = {(f["type"], t[f["start"]:f["end"]]) for f in o["findings"]
                             if f["type"] not in ("PROMPT_INJECTION", "JAILBREAK")}  # scores, not values
    return out


a, b = records(inp), records(out)
fail = []
if len(a) != len(b):
    fail.append(f"row count {len(a)} -> {len(b)}")
if kind == "jsonl":
    for i, (x, y) in enumerate(zip(a, b)):
        if set(x) != set(y):
            fail.append(f"line {i+1}: fields {sorted(x)} -> {sorted(y)}")
            break
    tin = [x.get("text", "") for x in a]
    tout = [y.get("text", "") for y in b]
    gold = [{x["text"][s["start"]:s["end"]] for s in x.get("spans", [])} for x in a]
else:
    for i, (x, y) in enumerate(zip(a, b)):
        if len(x) != len(y):
            fail.append(f"row {i+1}: {len(x)} -> {len(y)} columns")
            break
    # Cell by cell: what anonymize sees, and what a column of the dataset holds.
    tin = [c for r in a[1:] for c in r]
    tout = [c for r in b[1:] for c in r]
    gold = [set() for _ in tin]
fin, fout = scan(tin), scan(tout)
leaks = []
values_in = 0
for i in range(len(tin)):
    personal = {v for (_, v) in fin.get(i, set())} | gold[i]
    values_in += len(personal)
    for (t, v) in fout.get(i, set()):
        if v in personal:
            leaks.append((i, t, v))
verbatim = sum(1 for i in range(len(tin)) for v in gold[i] if v and v in tout[i])
if leaks:
    fail.append(f"{len(leaks)} input values found again in the output, e.g. {leaks[:3]}")
print(f"{os.path.basename(inp)}: {len(a)} rows, {values_in} personal values in the input, "
      f"{sum(len(v) for v in fout.values())} findings in the output, {len(leaks)} of them input values"
      + (f"; {verbatim} gold values still verbatim (missed by the detectors)" if kind == "jsonl" else ""))
if fail:
    print("FAIL: " + "; ".join(fail), file=sys.stderr)
    sys.exit(1)
