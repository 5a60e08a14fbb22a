#!/usr/bin/env python3
"""Makes the game's font, assets/fonts/NotoSansCJKtc-Jingkang.otf: a subset of Noto Sans CJK TC
(SIL Open Font License 1.1) with Latin, punctuation, every character in the shipped data, and
the common hanzi of Big5 level 1 (traditional) and GB 2312 levels 1 and 2 (simplified), so modders who
write names in either script see them.

The source font comes from Debian's fonts-noto-cjk package:

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    pip install fonttools
    python3 tools/subset_font.py /tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Re-run it after adding data with characters outside those sets (the game draws a box for a
character the font lacks; `jingkang validate` does not check glyphs).
"""

import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts" / "NotoSansCJKtc-Jingkang.otf"
TC_INDEX = 3  # "Noto Sans CJK TC" in NotoSansCJK-Regular.ttc


def codec_range(codec, lead, trail):
    """Every character a double-byte codec maps from the given lead and trail byte ranges."""
    chars = set()
    for hi in lead:
        for lo in trail:
            try:
                chars.add(bytes([hi, lo]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def wanted():
    chars = {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0xA0, 0x180)}  # Latin-1 and Latin Extended-A (ā, ǐ … in pinyin)
    chars |= {chr(c) for c in range(0x2000, 0x2070)}  # general punctuation: dashes, quotes, …
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK punctuation
    chars |= {chr(c) for c in range(0xFF00, 0xFFF0)}  # full-width forms
    chars |= set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü→←↑↓·•×")
    # Big5 level 1: lead bytes A4–C6 (common traditional hanzi); GB 2312 level 1: B0–D7.
    chars |= codec_range("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
    chars |= codec_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    # GB 2312 level 2 (D8-F7): the rarer simplified hanzi of names (诏, 桧, 陉, 泾 ...), so a
    # mainland teacher's scenario in Simplified script is drawn whole.
    chars |= codec_range("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF))
    for pattern in ("scenarios/**/*.ron", "assets/**/*.ron", "assets/**/*.ftl", "README.md", "docs/*.md"):
        for path in ROOT.glob(pattern):
            chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    font = TTCollection(sys.argv[1]).fonts[TC_INDEX]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx"]  # vertical layout: the game writes horizontally
    subsetter = subset.Subsetter(options)
    chars = wanted()
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    print(f"{OUT.relative_to(ROOT)}: {len(chars)} characters, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
