#!/usr/bin/env python3
"""Fill in provenance offsets (start, end) of route files from the seed text.

Usage: tools/locate_quotes.py ROUTE.yaml...   (rewrites the files in place)

Every flow-style `source: {document: "NNN", locator: "...", quote: "..."}` gets `start`/`end`: the character
offsets (Unicode code points = Java chars for these seeds) of the quote inside the part of the seed the locator
names (Example N, Stage I/II, Step A/B/C; claim N). A quote that is not found there is reported and left without
offsets. SeedRouteNumbersTest checks that seed[start:end] == quote.
"""
import glob
import os
import re
import sys

SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds")
SOURCE = re.compile(r'(\{document: "(\d{3})", locator: "([^"]*)", quote: "((?:[^"\\]|\\.)*)")(?:, start: \d+, end: \d+)?\}')


def seed(number):
    path = glob.glob(os.path.join(SEEDS, number + "_*.txt"))[0]
    with open(path, encoding="utf-8") as f:
        return f.read()


def section(text, locator):
    """(lo, hi) of the seed part a locator names; the whole text when it names none."""
    lo, hi = 0, len(text)
    m = re.search(r"Example (\d)", locator)
    if m:
        lo = text.index("Example - " + m.group(1))
        nxt = text.find("Example - " + str(int(m.group(1)) + 1), lo + 1)
        claims = text.find("WE CLAIM:", lo)
        hi = nxt if nxt > 0 else claims
        stage2 = text.index("STAGE-II:", lo)
        if "Stage II" in locator:
            lo = stage2
        elif "Stage I" in locator:
            hi = stage2
            s = re.search(r"Step ([A-C])", locator)
            if s:
                lo = text.index("STEP-" + s.group(1) + ":", lo)
                n = text.find("STEP-" + chr(ord(s.group(1)) + 1) + ":", lo)
                if 0 < n < hi:
                    hi = n
    m = re.search(r"claim (\d+)", locator)
    if m:
        c = re.search(r"(?m)^(?:- )?(?:\d+ )?" + m.group(1) + r"\. ", text)
        if c:
            lo = c.start()
            nxt = re.search(r"(?m)^(?:- )?(?:\d+ )?" + str(int(m.group(1)) + 1) + r"\. ", text[lo + 1:])
            hi = lo + 1 + nxt.start() if nxt else len(text)
    return lo, hi


def fill(path):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    missing = []

    def repl(m):
        text = seed(m.group(2))
        quote = m.group(4).encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") \
            if "\\" in m.group(4) else m.group(4)
        lo, hi = section(text, m.group(3))
        i = text.find(quote, lo, hi)
        if i < 0:
            missing.append((m.group(3), quote))
            return m.group(1) + "}"
        return "%s, start: %d, end: %d}" % (m.group(1), i, i + len(quote))

    out = SOURCE.sub(repl, src)
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    for loc, q in missing:
        print("%s: not found in %s: %r" % (path, loc, q), file=sys.stderr)
    return not missing


if __name__ == "__main__":
    ok = all([fill(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
