#!/usr/bin/env python3
"""Fill in the character offsets of claim files from the seed text.

Usage: tools/locate_claim_quotes.py claims/NNN.yaml...   (rewrites the files in place)

Every flow-style `{text: "..."}` (optionally already with start/end) gets `start`/`end`: the offsets (Unicode code
points = Java chars for these seeds) of the quote inside the current claim's text, else inside the claims section,
else anywhere in the seed. A claim's `text: {text: "@claim"}` is replaced by the whole claim as printed (from its
number to the next claim's number). A quote not found is reported and left without offsets.
ClaimFilesTest checks that seed[start:end] == text for every span.
"""
import glob
import json
import os
import re
import sys

SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds")
SPAN = re.compile(r'\{text: ("(?:[^"\\]|\\.)*")(?:, start: \d+, end: \d+)?\}')
SECTION = {"000": "Claims", "001": "WE CLAIM:", "002": "What is claimed is:"}


def claim_spans(text, doc):
    lo = text.index(SECTION[doc])
    starts = []
    pos = lo
    n = 1
    while True:
        m = re.compile(r"(?<![\d.])" + str(n) + r"\. (?:A|The) ").search(text, pos)
        if not m:
            break
        starts.append(m.start())
        pos = m.end()
        n += 1
    spans = {}
    for i, s in enumerate(starts):
        if i + 1 < len(starts):
            e = starts[i + 1]
            chunk = text[s:e]
            chunk = re.sub(r"[\s\-\d]*$", "", chunk)
            if not chunk.endswith("."):
                chunk = chunk.rstrip()
        else:
            e = text.find("\n\n", s)
            chunk = text[s:(e if e >= 0 else len(text))].rstrip()
        spans[i + 1] = (s, s + len(chunk))
    return lo, spans


def main(files):
    bad = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        doc = re.search(r'^document: "(\d{3})"', "\n".join(lines), re.M).group(1)
        seed_path = glob.glob(os.path.join(SEEDS, doc + "_*.txt"))[0]
        with open(seed_path, encoding="utf-8") as f:
            text = f.read()
        lo, claims = claim_spans(text, doc)
        current = None
        out = []
        for line in lines:
            m = re.match(r"\s*- number: (\d+)", line)
            if m:
                current = int(m.group(1))

            def fill(mm):
                nonlocal bad
                quote = json.loads(mm.group(1))
                if quote == "@claim":
                    s, e = claims[current]
                    quote = text[s:e]
                    return "{text: " + json.dumps(quote, ensure_ascii=False) + ", start: %d, end: %d}" % (s, e)
                regions = []
                if current is not None:
                    regions.append(claims[current])
                regions += [(lo, len(text)), (0, len(text))]
                for a, b in regions:
                    i = text.find(quote, a, b)
                    if i >= 0:
                        return "{text: " + mm.group(1) + ", start: %d, end: %d}" % (i, i + len(quote))
                print("%s: not found: %r" % (path, quote), file=sys.stderr)
                bad += 1
                return mm.group(0)

            out.append(SPAN.sub(fill, line))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
