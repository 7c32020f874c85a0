#!/usr/bin/env python3
"""Quality gates: scan the development corpora with the release CLI and fail below the bar.

Usage: scripts/quality_gate.py PORTCULLIS_BIN EVAL_DIR
Bars (issue 3): PII micro-F1 (overlap) >= 0.90 and >= 0.97 for each checksum-validated type;
credentials precision >= 0.97 and recall >= 0.97 (overlap).
Injection (issue 7): on injection/dev.jsonl TPR >= 0.95 at FPR <= 0.02 at the default threshold.
The shipped model was trained on that corpus, so this checks the Swift detector and the shipped
weights, not generalisation (training/injection/train.py reports the out-of-fold figures); the
generalisation check here is the project's own files (Swift sources, Markdown, YAML, scripts),
text no model was trained on, where the aim is at most 2 % of files flagged (reported; it becomes
a failure once the model meets it).
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


def path_parts(dirpath, f):
    return (dirpath + os.sep + f).lower()


# Files outside those folders that hold an attack on purpose, where a finding is right:
# policy test cases asserting that an override is blocked, and the benchmark's base64 of an
# override (the decoder's adversarial input).
ATTACKS_ON_PURPOSE = {"examples/policy-ai-safety.cases.yaml", "bench/Sources/PortcullisBench/Adversarial.swift"}


def quiet_on_own_files(binary):
    """Scans each of the repository's own text files as one record; returns how many hold a
    PROMPT_INJECTION or JAILBREAK finding at the default threshold."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    records = []
    for base in ("Sources", "Tests", "scripts", "bench", "examples"):
        for dirpath, _, files in os.walk(os.path.join(root, base)):
            for f in sorted(files):
                if not f.endswith((".swift", ".md", ".yaml", ".py", ".sh")) or "Data" in dirpath.split(os.sep):
                    continue
                if any(k in path_parts(dirpath, f) for k in ("injection", "redteam", "canary", "suites")):
                    continue  # attack texts on purpose: the injection tests, red-team suites
                path = os.path.join(dirpath, f)
                if os.path.relpath(path, root) in ATTACKS_ON_PURPOSE:
                    continue
                with open(path, encoding="utf-8", errors="replace") as fh:
                    text = fh.read(200_000)
                records.append({"id": os.path.relpath(path, root), "text": text})
    for f in ("README.md",):
        with open(os.path.join(root, f), encoding="utf-8") as fh:
            records.append({"id": f, "text": fh.read()})
    data = "".join(json.dumps(r) + "\n" for r in records)
    out = subprocess.run([binary, "scan", "--jsonl", "-"], input=data, capture_output=True, text=True, check=True).stdout
    flagged = []
    for line in out.splitlines():
        r = json.loads(line)
        if any(f["type"] in ("PROMPT_INJECTION", "JAILBREAK") and f["score"] >= 0.5 for f in r["findings"]):
            flagged.append(r["id"])
    return len(flagged), len(records), flagged


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
    inj = score(binary, eval_dir, "injection")
    print(f"injection (in-sample): TPR={inj['tpr']:.3f} FPR={inj['fpr']:.3f} AUC={inj['auc']:.4f}")
    if inj["tpr"] < 0.95 or inj["fpr"] > 0.02:
        failures.append(f"injection TPR={inj['tpr']:.3f} FPR={inj['fpr']:.3f} (need TPR >= 0.95 at FPR <= 0.02)")
    flagged, total, names = quiet_on_own_files(binary)
    print(f"injection on the project's own files: {flagged} of {total} flagged" + (f" ({', '.join(names[:5])})" if names else ""))
    if total and flagged > 0.02 * total:
        # Measured, not yet a gate: the model still misreads code and policy text (issue 7 is
        # open for it); when it is under the 2 % aim this becomes a failure.
        print(f"  (over the 2 % aim: {100 * flagged / total:.0f} %; reported, not yet failing the run)")
    if failures:
        print("quality gate: " + ("FAILED" if GATES_ON else "below bar (gates off)") + ":\n  " + "\n  ".join(failures))
        if GATES_ON:
            sys.exit(1)
    else:
        print("quality gate: passed")


if __name__ == "__main__":
    main()
