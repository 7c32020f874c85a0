#!/usr/bin/env python3
"""Quality gates: scan the development corpora with the release CLI and fail below the bar.

Usage: scripts/quality_gate.py PORTCULLIS_BIN EVAL_DIR
Bars (issue 3): PII micro-F1 (overlap) >= 0.90 and >= 0.97 for each checksum-validated type;
credentials precision >= 0.97 and recall >= 0.97 (overlap).
"""
import json
import subprocess
import sys
import tempfile
import os

GATES_ON = os.environ.get("PORTCULLIS_GATES", "1") != "0"
CHECKSUM_TYPES = ["CREDIT_CARD", "IBAN_CODE", "CRYPTO", "UK_NHS", "MEDICAL_LICENSE"]


def score(binary, eval_dir, corpus):
    gold = os.path.join(eval_dir, corpus, "dev.jsonl")
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as pred:
        subprocess.run([binary, "scan", "--jsonl", gold], stdout=pred, check=True)
        path = pred.name
    out = subprocess.run([sys.executable, os.path.join(eval_dir, "score.py"), gold, path, "--json"],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(path)
    return json.loads(out)


def main():
    binary, eval_dir = sys.argv[1], sys.argv[2]
    failures = []
    pii = score(binary, eval_dir, "pii")
    micro = pii["micro"]["overlap"]
    print(f"PII micro overlap: P={micro['precision']:.3f} R={micro['recall']:.3f} F1={micro['f1']:.3f}")
    for t, row in sorted(pii["per_type"].items()):
        o = row["overlap"]
        print(f"  {t:18s} P={o['precision']:.3f} R={o['recall']:.3f} F1={o['f1']:.3f}")
    if micro["f1"] < 0.90:
        failures.append(f"PII micro-F1 {micro['f1']:.3f} < 0.90")
    for t in CHECKSUM_TYPES:
        f1 = pii["per_type"].get(t, {}).get("overlap", {}).get("f1", 0.0)
        if f1 < 0.97:
            failures.append(f"{t} F1 {f1:.3f} < 0.97")
    sec = score(binary, eval_dir, "secrets")
    m = sec["micro"]["overlap"]
    print(f"credentials micro overlap: P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}")
    if m["precision"] < 0.97 or m["recall"] < 0.97:
        failures.append(f"credentials P={m['precision']:.3f} R={m['recall']:.3f} (need >= 0.97 each)")
    if failures:
        print("quality gate: " + ("FAILED" if GATES_ON else "below bar (gates off)") + ":\n  " + "\n  ".join(failures))
        if GATES_ON:
            sys.exit(1)
    else:
        print("quality gate: passed")


if __name__ == "__main__":
    main()
