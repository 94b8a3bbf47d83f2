#!/usr/bin/env python3
"""Subsets Noto Sans CJK SC and TC to the characters Losscape needs, reproducibly.

Each font keeps: every character of the translations (locales/*/*.ftl and the lessons'
translations in assets/lessons/*.toml), printable ASCII, and a common-character set so that
text the app did not write (a formula comment, a file name) shows too: GB2312 level 1 (3,755
characters) for SC, Big5's frequently used characters (5,401) for TC.

Needs Debian's fonts-noto-cjk and fontTools (`apt-get install fonts-noto-cjk`,
`pip install fonttools`). Run from the repository root: python3 tools/subset_cjk_fonts.py
"""

from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parent.parent
COLLECTION = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# Faces of the collection: 2 is SC, 3 is TC.
FACES = {"sc": 2, "tc": 3}


def decoded(encoding: str, highs: range, lows: list[range]) -> set[str]:
    """Every character `encoding` gives to a two-byte code with its first byte in `highs`
    and its second in one of `lows`."""
    chars = set()
    for high in highs:
        for low in (byte for part in lows for byte in part):
            try:
                chars.add(bytes([high, low]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return chars


def gb2312_level1() -> set[str]:
    """GB2312's level-1 hanzi: rows 16 to 55 (bytes 0xB0-0xD7 by 0xA1-0xFE)."""
    return decoded("gb2312", range(0xB0, 0xD8), [range(0xA1, 0xFF)])


def big5_common() -> set[str]:
    """Big5's frequently used hanzi: 0xA440 to 0xC67E."""
    chars = decoded("big5", range(0xA4, 0xC7), [range(0x40, 0x7F), range(0xA1, 0xFF)])
    return {c for c in chars if 0xA440 <= int.from_bytes(c.encode("big5"), "big") <= 0xC67E}


def translation_chars() -> set[str]:
    """Every non-ASCII character of the translations."""
    files = sorted(ROOT.glob("locales/*/*.ftl")) + sorted(ROOT.glob("assets/lessons/*.toml"))
    files.append(ROOT / "assets" / "glossary.toml")
    chars = set()
    for path in files:
        if path.exists():
            chars.update(c for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F)
    return chars


def main() -> int:
    if not COLLECTION.exists():
        print(f"missing {COLLECTION}: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    common = {"sc": gb2312_level1(), "tc": big5_common()}
    ascii_chars = {chr(c) for c in range(0x20, 0x7F)}
    # Full-width punctuation the translations and Chinese text in general use.
    punctuation = set("，。、；：？！「」『』（）《》〈〉“”‘’—…·～　")
    for script, face in FACES.items():
        chars = common[script] | translation_chars() | ascii_chars | punctuation
        text = ROOT / "target" / f"cjk-{script}-chars.txt"
        text.parent.mkdir(exist_ok=True)
        text.write_text("".join(sorted(chars)), encoding="utf-8")
        out = ROOT / "assets" / "fonts" / f"NotoSansCJK{script}-Losscape.otf"
        subprocess.run(
            [
                "pyftsubset",
                str(COLLECTION),
                f"--font-number={face}",
                f"--text-file={text}",
                f"--output-file={out}",
                "--no-hinting",
                "--layout-features=kern,palt,halt,vert,locl",
                "--name-IDs=*",
                "--name-languages=*",
                "--notdef-outline",
            ],
            check=True,
        )
        print(f"{out.relative_to(ROOT)}: {len(chars)} characters, {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
