#!/usr/bin/env python3
"""Turn the collected press lines (raw*.txt: "@ URL" then lines quoted from
that page) into forms.tsv: every acronym or number joined by a hyphen to a
lower-case ending, with a few words around it and the page's URL.

    python3 bench/tkpress/extract.py > bench/tkpress/forms.tsv
"""
import glob, os, re, sys

# a base of digits or of two or more capitals, a hyphen, a lower-case ending
# that the next character does not continue (a letter, digit or hyphen)
FORM = re.compile(r"(?<![\w-])([0-9]+|[A-ZÇÄŽŇÖŞÜÝ]{2,})-([a-zçäžňöşüý]+)(?![\w-])")

def context(line, m, n=4):
    before = line[:m.start()].split()[-n:]
    after = line[m.end():].split()[:n]
    return " ".join(before + [m.group(0)] + after)

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.stdout
    out.write("form\tcontext\turl\n")
    for path in sorted(glob.glob(os.path.join(here, "raw*.txt"))):
        url = None
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line.startswith("@ "):
                url = line[2:].strip()
                continue
            for m in FORM.finditer(line):
                out.write(f"{m.group(0)}\t{context(line, m)}\t{url}\n")

main()
