#!/usr/bin/env python3
"""Writes the parity fixture the Swift tests check the detector's features against.

  python3 training/injection/fixture.py

For each text in features.FIXTURE_TEXTS: its tokens and, per token, the number of features and
the sums of their 16-bit attack and jailbreak weights in the shipped model
(Sources/PortcullisCore/Injection/Data/InjectionWeights.swift). The Swift reader must produce
exactly these integers; any difference in folding, cutting or hashing shows up as one.
Run it again after every `train.py --export`.
"""
import base64
import json
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import features as F  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))
WEIGHTS = os.path.join(ROOT, "Sources", "PortcullisCore", "Injection", "Data", "InjectionWeights.swift")
OUT = os.path.join(ROOT, "Tests", "PortcullisCoreTests", "Injection", "Fixtures", "injection-features.jsonl")


def load_pairs():
    src = open(WEIGHTS, encoding="utf-8").read()
    blob = base64.b64decode(re.search(r'base64: StaticString = "([^"]+)"', src).group(1))
    assert blob[:4] == b"PCIM" and blob[5] <= F.BUCKET_BITS
    pairs = np.frombuffer(blob[30:], dtype="<i2")
    return pairs[0::2].astype(int), pairs[1::2].astype(int), (1 << blob[5]) - 1


def main():
    wa, wj, mask = load_pairs()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for text in F.FIXTURE_TEXTS:
            toks, _ = F.words(text)
            per = []
            for k, t in enumerate(toks):
                # the features of token k alone: its own, and its bigram with the token before it
                feats = F.token_features(toks[max(0, k - 1):k + 1])
                own = [b & mask for pos, b in feats if pos == t.start]
                per.append([len(own), int(sum(wa[b] for b in own)), int(sum(wj[b] for b in own))])
            f.write(json.dumps({"text": text, "tokens": [t.text for t in toks], "features": per},
                               ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
