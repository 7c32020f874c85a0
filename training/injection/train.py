#!/usr/bin/env python3
"""Trains the injection detector: a logistic model over hashed word and character n-gram features.

  python3 training/injection/train.py [--eval ../shared/eval/injection/dev.jsonl] [--export]

Training data: the development corpus (`--eval`) and the texts this project writes
(training/injection/*.jsonl: attacks.jsonl, benign.jsonl, ...). Validation is out of fold by
source: each source group of the development corpus is scored by a model trained without it,
so the figures say how the model does on a collection it never saw. `--oof FILE` writes those
out-of-fold predictions in the `scan --jsonl` shape for ../shared/eval/score.py.

`--export` trains on everything and writes the weights the Swift detector loads
(Sources/PortcullisCore/Injection/Data/InjectionWeights.swift) with the calibration fitted on
the out-of-fold scores.

numpy only; deterministic.
"""
from __future__ import annotations

import argparse
import base64
import glob
import json
import math
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import features as F  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
D = 1 << F.BUCKET_BITS
WINDOW_TOKENS = 96
WINDOW_STRIDE = 48


# ---------------------------------------------------------------- data

def dev_group(source: str) -> str:
    """A development record's source group: one collection, file or folder of templates."""
    src = source.split("#")[0]
    pkg, _, path = src.partition(":")
    if "/dan/" in path or "jailbreak/templates" in path:
        return pkg + ":" + path.rsplit("/", 1)[0]
    return src


def load_dev(path: str):
    recs = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        recs.append({"id": r["id"], "text": r["text"], "y": 1 if r["label"] == "attack" else 0,
                     "group": dev_group(r.get("source", "?")), "kind": jailbreak_kind(r)})
    return recs


def jailbreak_kind(r) -> int:
    """1 for a jailbreak (persona, role-play, 'do anything now'), 0 for another injection; dev labels by source."""
    s = r.get("source", "")
    return 1 if ("/dan/" in s or "inthewild" in s or "jailbreak/templates" in s) else 0


def load_shared_benign(eval_path: str):
    """The texts of the PII and credential development corpora, as benign examples: support
    mails, records, code and configuration full of words like password, key and secret that are
    data, not instructions. They are never scored here (not injection records)."""
    base = os.path.dirname(os.path.dirname(os.path.abspath(eval_path)))
    recs = []
    for corpus in ("pii", "secrets"):
        path = os.path.join(base, corpus, "dev.jsonl")
        if not os.path.exists(path):
            continue
        for k, line in enumerate(open(path, encoding="utf-8")):
            r = json.loads(line)
            recs.append({"id": f"{corpus}#{k}", "text": r["text"], "y": 0, "group": "shared:" + corpus, "kind": 0})
    return recs + benign_lines(recs, "shared-lines")


def benign_lines(recs, group, limit=8000):
    """Each line of the benign texts as a text of its own: short technical strings (a config
    line, a log line, one sentence with an address in it) are what a gateway sees most, and a
    model trained on whole documents only scores them erratically."""
    import random
    seen, out = set(), []
    for r in recs:
        if r["y"] != 0:
            continue
        for line in r["text"].split("\n"):
            line = line.strip()
            if len(line) < 4 or line in seen:
                continue
            seen.add(line)
            out.append({"id": f"{group}#{len(out)}", "text": line, "y": 0, "group": group, "kind": 0})
    random.Random(5).shuffle(out)
    return out[:limit]


def load_code_benign(limit_bytes=12_000):
    """Ordinary software text from this machine, as benign examples: the Swift sources of the
    package's dependencies (.build/checkouts, after `swift build`), Python's standard library,
    C headers and Debian's package documentation. Not the project's own files: those stay
    unseen, for the quality gate's check that the model is quiet on them."""
    import gzip
    import random
    import sys as _sys
    pools = []
    def take(paths, n):
        paths = sorted(set(paths))
        random.Random(3).shuffle(paths)
        pools.append(paths[:n])
    take(glob.glob(os.path.join(ROOT, ".build", "checkouts", "**", "*.swift"), recursive=True), 500)
    stdlib = os.path.dirname(os.__file__)
    take([p for p in glob.glob(os.path.join(stdlib, "**", "*.py"), recursive=True) if "site-packages" not in p
          and "test" not in p.lower()], 250)
    take(glob.glob("/usr/include/**/*.h", recursive=True), 150)
    take([p for p in glob.glob("/usr/share/doc/**/*", recursive=True)
          if os.path.isfile(p) and (p.endswith((".md", ".txt", ".md.gz", ".txt.gz")) or "README" in p or "changelog" in p)], 250)
    recs = []
    for paths in pools:
        for p in paths:
            try:
                raw = gzip.open(p).read(limit_bytes) if p.endswith(".gz") else open(p, "rb").read(limit_bytes)
                text = raw.decode("utf-8")
            except Exception:
                continue
            if len(text.strip()) < 40:
                continue
            recs.append({"id": "code:" + p, "text": text, "y": 0, "group": "code", "kind": 0})
    return recs


# Generated files too large to keep in git: made from their (deterministic) script when missing.
GENERATED = {"benign_tooling_code.jsonl": "tooling_code.py"}


def load_project():
    import subprocess
    import sys as _sys
    for name, script in GENERATED.items():
        if not os.path.exists(os.path.join(HERE, name)):
            subprocess.run([_sys.executable, os.path.join(HERE, script)], check=True)
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        if os.path.basename(path).startswith("fixture"):
            continue
        for k, line in enumerate(open(path, encoding="utf-8")):
            r = json.loads(line)
            kind = r.get("kind", "")
            recs.append({"id": f"{os.path.basename(path)}#{k}", "text": r["text"],
                         "y": 1 if r["label"] == "attack" else 0, "group": "project:" + os.path.basename(path),
                         "kind": 1 if r.get("category", kind) in ("jailbreak", "refusal") else 0})
    return recs


# ---------------------------------------------------------------- features as sparse rows

def rows_for(text: str, windows: bool):
    """The document's feature buckets, then (when `windows` and the text is longer than a
    window) one array per window of WINDOW_TOKENS tokens (WINDOW_STRIDE apart), then its first
    and last WINDOW_STRIDE tokens, as the Swift detector reads them."""
    toks, _ = F.words(text)
    feats = F.token_features(toks)
    starts = {t.start: k for k, t in enumerate(toks)}
    buckets = np.array([b for _, b in feats], dtype=np.int64)
    tix = np.array([starts[pos] for pos, _ in feats], dtype=np.int64)
    out = [buckets]
    if windows and len(toks) > WINDOW_TOKENS:
        for s in range(0, len(toks) - WINDOW_STRIDE, WINDOW_STRIDE):
            m = (tix >= s) & (tix < s + WINDOW_TOKENS)
            out.append(buckets[m])
        # the first and the last half window, which the scoring pairs with their neighbours
        out.append(buckets[tix < WINDOW_STRIDE])
        out.append(buckets[tix >= len(toks) - WINDOW_STRIDE])
    return out


NORM = "sqrt"


def _row(buckets):
    """A sparse row: each bucket's count over the square root of the number of feature
    occurrences (`--norm sqrt`, the default; texts longer than a window are scored by windows,
    which all have about the same length) or over the number itself (`--norm mean`)."""
    if len(buckets) == 0:
        return (np.zeros(0, dtype=np.int64), np.zeros(0))
    # features.py hashes into 2^BUCKET_BITS buckets; a smaller model (--bits) folds them further,
    # as the Swift reader does with the model's own mask.
    u, c = np.unique(np.asarray(buckets, dtype=np.int64) & (D - 1), return_counts=True)
    return (u, c / (len(buckets) if NORM == "mean" else math.sqrt(len(buckets))))


class Sparse:
    def __init__(self, rows):
        self.indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        self.indptr[1:] = np.cumsum([len(r[0]) for r in rows])
        self.indices = np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, dtype=np.int64)
        self.data = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0)
        self.n = len(rows)
        self.row_of = np.repeat(np.arange(self.n), np.diff(self.indptr))

    def dot(self, w):
        return np.bincount(self.row_of, weights=self.data * w[self.indices], minlength=self.n)

    def tdot(self, g):
        return np.bincount(self.indices, weights=self.data * g[self.row_of], minlength=D)


def train(X: Sparse, y, sw, l2=1e-4, epochs=300, lr=0.05):
    """Full-batch Adam on the weighted logistic loss with L2."""
    w = np.zeros(D)
    b = 0.0
    m = np.zeros(D); v = np.zeros(D); mb = vb = 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    tot = sw.sum()
    for t in range(1, epochs + 1):
        z = X.dot(w) + b
        p = 1 / (1 + np.exp(-z))
        g = (p - y) * sw / tot
        gw = X.tdot(g) + l2 * w
        gb = g.sum()
        m = b1 * m + (1 - b1) * gw; v = b2 * v + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb; vb = b2 * vb + (1 - b2) * gb * gb
        mh = m / (1 - b1 ** t); vh = v / (1 - b2 ** t)
        w -= lr * mh / (np.sqrt(vh) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (math.sqrt(vb / (1 - b2 ** t)) + eps)
    return w, b


CACHE = os.path.join(ROOT, ".build", "injection-features.pkl")
# Part of the cache key besides features.py: change it when `rows_for` changes what it returns
# ("+edges": the first and last half windows were added, 2 Dec 2026).
ROWS_VERSION = b"+edges"


def featurise(recs):
    """Rows for every record, through a cache keyed by the text and features.py itself."""
    import hashlib
    import pickle
    tag = hashlib.sha256(open(os.path.join(HERE, "features.py"), "rb").read() + ROWS_VERSION).hexdigest()
    cache = {}
    if os.path.exists(CACHE):
        try:
            with open(CACHE, "rb") as f:
                saved = pickle.load(f)
            if saved.get("tag") == tag:
                cache = saved["rows"]
        except Exception:
            cache = {}
    fresh = 0
    for r in recs:
        key = hashlib.sha1(r["text"].encode("utf-8")).hexdigest()
        if key not in cache:
            cache[key] = rows_for(r["text"], windows=True)
            fresh += 1
        r["raw"] = cache[key]
        r["rows"] = [_row(b) for b in r["raw"]]
    if fresh:
        os.makedirs(os.path.dirname(CACHE), exist_ok=True)
        with open(CACHE, "wb") as f:
            pickle.dump({"tag": tag, "rows": cache}, f)


LONG = "windows"


def scored_rows(r):
    """The rows a text is trained on: itself when it fits in one window; otherwise (`--long
    windows`, the default) its windows only, so that length alone never raises a score (the
    half windows at its edges are only scored, see `doc_scores`)."""
    rs = r["rows"]
    if len(rs) > 1:
        return rs[1:-2] if LONG == "windows" else rs[:-2]
    return rs


def build(recs, attack_window_weight):
    rows, y, sw, owner = [], [], [], []
    for i, r in enumerate(recs):
        rs = scored_rows(r)
        whole_too = len(rs) == len(r["rows"])
        for k, row in enumerate(rs):
            rows.append(row); y.append(r["y"]); owner.append(i)
            if whole_too and k == 0:
                sw.append(1.0)
            elif not whole_too:
                sw.append(1.0 / math.sqrt(len(rs)))
            else:
                sw.append(attack_window_weight if r["y"] else 0.5)
    return Sparse(rows), np.array(y, dtype=float), np.array(sw), np.array(owner)


def class_weights(y, sw, owner):
    # balance classes by document count
    pos = sw[y == 1].sum(); neg = sw[y == 0].sum()
    return np.where(y == 1, sw * (neg + pos) / (2 * pos), sw * (neg + pos) / (2 * neg))


def doc_scores(recs, w, b):
    """Each text's raw score: the text itself when it fits in one window; otherwise, as the
    Swift detector does, the best pair of neighbouring readings (first half window, windows,
    last half window), a pair scoring as the lower of its two."""
    out = []
    for r in recs:
        rs = r["rows"]
        if len(rs) == 1 or LONG != "windows":
            out.append(max(b + float(np.dot(w[u], v)) for u, v in scored_rows(r)))
            continue
        seq = [rs[-2]] + rs[1:-2] + [rs[-1]]
        z = [b + float(np.dot(w[u], v)) for u, v in seq]
        out.append(max(min(z[i], z[i + 1]) for i in range(len(z) - 1)))
    return np.array(out)


# ---------------------------------------------------------------- metrics

def auc(scores, y):
    order = np.argsort(scores)
    ranks = np.empty(len(scores)); ranks[order] = np.arange(1, len(scores) + 1)
    pos = y == 1
    return (ranks[pos].sum() - pos.sum() * (pos.sum() + 1) / 2) / (pos.sum() * (~pos).sum())


def tpr_at_fpr(scores, y, fpr):
    neg = np.sort(scores[y == 0])[::-1]
    k = int(math.floor(fpr * len(neg)))
    thr = neg[k] if k < len(neg) else -np.inf
    return float((scores[y == 1] > thr).mean()), float(thr)


def platt(z, y):
    """Fits p = sigmoid(a z + c) by Newton's method on the log loss, classes balanced."""
    a, c = 1.0, 0.0
    wpos = 0.5 / max(1, (y == 1).sum()); wneg = 0.5 / max(1, (y == 0).sum())
    sw = np.where(y == 1, wpos, wneg)
    for _ in range(100):
        p = 1 / (1 + np.exp(-(a * z + c)))
        g = (p - y) * sw
        h = p * (1 - p) * sw + 1e-12
        ga, gc = (g * z).sum(), g.sum()
        haa, hac, hcc = (h * z * z).sum(), (h * z).sum(), h.sum()
        det = haa * hcc - hac * hac
        if det <= 0:
            break
        da = (hcc * ga - hac * gc) / det; dc = (haa * gc - hac * ga) / det
        a -= da; c -= dc
        if abs(da) + abs(dc) < 1e-9:
            break
    return a, c


# ---------------------------------------------------------------- export

WEIGHTS_SWIFT = os.path.join(ROOT, "Sources", "PortcullisCore", "Injection", "Data", "InjectionWeights.swift")


def quantise(w):
    """16-bit weights, the largest |w| at 32767 (8 bits moved long texts' scores by whole units)."""
    top = float(np.max(np.abs(w))) or 1.0
    scale = top / 32767.0
    return np.clip(np.round(w / scale), -32767, 32767).astype(np.int16), scale


def export(recs, args, cal_a, cal_c):
    X, y, sw, owner = build(recs, args.attack_window_weight)
    w, b = train(X, y, class_weights(y, sw, owner), l2=args.l2, epochs=args.epochs, lr=args.lr)
    attacks = [r for r in recs if r["y"] == 1]
    Xj, _, swj, ownj = build(attacks, 1.0)
    yj = np.array([attacks[o]["kind"] for o in ownj], dtype=float)
    wj, bj = train(Xj, yj, class_weights(yj, swj, ownj), l2=args.l2, epochs=args.epochs, lr=args.lr)
    qa, sa = quantise(w)
    qj, sj = quantise(wj)
    # how much the 8-bit weights move the scores, on the training rows
    za, zq = X.dot(w) + b, X.dot(qa.astype(float) * sa) + b
    print(f"quantised attack model: max |dz| {np.max(np.abs(za - zq)):.5f}, mean {np.mean(np.abs(za - zq)):.5f}",
          file=sys.stderr)
    print(f"attack bias {b:.4f}, jailbreak bias {bj:.4f}", file=sys.stderr)
    head = b"PCIM" + bytes([2, D.bit_length() - 1]) + np.array([b, sa, bj, sj, cal_a, cal_c], dtype="<f4").tobytes()
    pairs = np.empty(2 * D, dtype="<i2")
    pairs[0::2] = qa
    pairs[1::2] = qj
    blob = base64.b64encode(head + pairs.tobytes()).decode("ascii")
    os.makedirs(os.path.dirname(WEIGHTS_SWIFT), exist_ok=True)
    with open(WEIGHTS_SWIFT, "w") as f:
        f.write("// Generated by training/injection/train.py --export; do not edit. Training data and figures:\n"
                "// training/injection/MODEL.md.\n"
                "enum InjectionWeights {\n"
                "    /// The shipped model: `PCIM` header, then (attack, jailbreak) 16-bit weight pairs, base64.\n"
                f"    static let base64: StaticString = \"{blob}\"\n"
                "}\n")
    print(f"wrote {WEIGHTS_SWIFT} ({len(blob)} characters)", file=sys.stderr)


# ---------------------------------------------------------------- main

FOLD_STATE = None


def score_fold(g):
    """Trains without source group `g` and scores its records: (their indices, their raw scores)."""
    dev, proj, args = FOLD_STATE
    train_recs = [r for r in dev if r["group"] != g] + proj
    test_idx = [i for i, r in enumerate(dev) if r["group"] == g]
    X, y, sw, owner = build(train_recs, args.attack_window_weight)
    w, b = train(X, y, class_weights(y, sw, owner), l2=args.l2, epochs=args.epochs, lr=args.lr)
    return test_idx, doc_scores([dev[i] for i in test_idx], w, b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=1, help="folds trained at once (processes)")
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared", "eval", "injection", "dev.jsonl"))
    ap.add_argument("--oof", help="write out-of-fold predictions (scan --jsonl shape) here")
    ap.add_argument("--export", action="store_true")
    ap.add_argument("--bits", type=int, default=F.BUCKET_BITS,
                    help="log2 of the model's buckets (at most features.py's BUCKET_BITS); fewer keep the weights in cache")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--attack-window-weight", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--norm", choices=["mean", "sqrt"], default="sqrt")
    ap.add_argument("--long", choices=["windows", "whole"], default="windows")
    ap.add_argument("--calibration", nargs=2, type=float, metavar=("A", "C"),
                    help="skip the folds: export with this calibration (from an earlier run's output)")
    ap.add_argument("--target-fpr", type=float, default=0.01,
                    help="the default threshold 0.5 is placed where the out-of-fold false-positive rate is this")
    args = ap.parse_args()
    global NORM, LONG, D
    NORM = args.norm
    LONG = args.long
    assert 8 <= args.bits <= F.BUCKET_BITS, "--bits must be between 8 and features.py's BUCKET_BITS"
    D = 1 << args.bits

    dev = load_dev(args.eval)
    proj = load_project()
    proj += benign_lines(proj, "project-lines", limit=4000) + load_shared_benign(args.eval) + load_code_benign()
    print(f"dev {len(dev)} records, project {len(proj)} records", file=sys.stderr)
    featurise(dev); featurise(proj)
    if args.calibration:
        export(dev + proj, args, *args.calibration)
        return
    groups = sorted(set(r["group"] for r in dev))
    oof = np.zeros(len(dev))
    global FOLD_STATE
    FOLD_STATE = (dev, proj, args)
    if args.jobs > 1:
        import multiprocessing
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            results = pool.map(score_fold, groups)
    else:
        results = [score_fold(g) for g in groups]
    for g, (test_idx, s) in zip(groups, results):
        oof[test_idx] = s
        yy = np.array([dev[i]["y"] for i in test_idx])
        print(f"  fold {g[:70]:70s} n={len(test_idx):4d} attack={yy.mean():.2f} "
              f"flag@0={np.mean(s > 0):.3f}", file=sys.stderr)
    y = np.array([r["y"] for r in dev], dtype=float)
    print(f"OOF AUC {auc(oof, y):.4f}", file=sys.stderr)
    for f in (0.01, 0.02, 0.05):
        t, thr = tpr_at_fpr(oof, y, f)
        print(f"OOF TPR at FPR {f:.2f}: {t:.4f} (raw threshold {thr:.3f})", file=sys.stderr)
    # calibration: Platt on OOF raw scores, then shift so that 0.5 sits at the target FPR
    a, c = platt(oof, y)
    _, thr = tpr_at_fpr(oof, y, args.target_fpr)
    thr += 1e-3  # just above that negative's score, so that it scores below 0.5
    c_shift = -a * thr  # sigmoid(a*(z - thr)) = 0.5 at z = thr
    print(f"calibration a={a:.4f} c={c:.4f}; threshold-placed c={c_shift:.4f}", file=sys.stderr)
    probs = 1 / (1 + np.exp(-(a * oof + c_shift)))
    flagged = probs >= 0.5
    tp = (flagged & (y == 1)).sum(); fp = (flagged & (y == 0)).sum()
    print(f"at 0.5: TPR {tp / (y == 1).sum():.4f} FPR {fp / (y == 0).sum():.4f}", file=sys.stderr)
    if args.export:
        export(dev + proj, args, a, c_shift)
    if args.oof:
        with open(args.oof, "w") as f:
            for r, p in zip(dev, probs):
                f.write(json.dumps({"id": r["id"], "findings": [
                    {"type": "PROMPT_INJECTION", "start": 0, "end": len(r["text"]), "score": round(float(p), 6)}]}) + "\n")


if __name__ == "__main__":
    main()
