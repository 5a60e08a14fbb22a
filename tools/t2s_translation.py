#!/usr/bin/env python3
"""Makes the Simplified Chinese translation of a scenario file from its Traditional one:

    pip install opencc-python-reimplemented
    python3 tools/t2s_translation.py scenarios/common/people.zh-Hant.ron

writes scenarios/common/people.zh-Hans.ron. Only the translations are converted (the lines
`jingkang translate` indents by 12 spaces), never the English texts they are keyed by, and
`language:` becomes "zh-Hans". Read the result through: t2s is safe one way, but it cannot
know a mainland reader's usage (see docs/translation.md)."""
import sys
from pathlib import Path
import opencc

def main():
    source = Path(sys.argv[1])
    if not source.name.endswith(".zh-Hant.ron"):
        sys.exit("give a .zh-Hant.ron file")
    convert = opencc.OpenCC("t2s").convert
    out = []
    for line in source.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.startswith("            ") and not line.startswith("             "):
            line = convert(line)
        elif line.strip() == 'language: "zh-Hant",':
            line = line.replace("zh-Hant", "zh-Hans")
        elif line.startswith("// The zh-Hant"):
            line = line.replace("zh-Hant", "zh-Hans")
        out.append(line)
    target = source.with_name(source.name.replace(".zh-Hant.ron", ".zh-Hans.ron"))
    target.write_text("".join(out), encoding="utf-8")
    print(target)

if __name__ == "__main__":
    main()
