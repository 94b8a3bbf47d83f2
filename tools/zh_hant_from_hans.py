#!/usr/bin/env python3
"""Writes locales/zh-Hant/*.ftl from locales/zh-Hans/*.ftl: OpenCC's Taiwan conversion with
phrases (s2twp), then the terms the lecture's Taiwanese students know where the mechanical
conversion differs (黑塞矩陣 for the Hessian, 參數 for a parameter, 回合 for an epoch, …).

Message ids and placeables are left alone. Needs `pip install opencc-python-reimplemented`.
Run from the repository root after editing the simplified files:
python3 tools/zh_hant_from_hans.py
"""

from pathlib import Path
import re

import opencc

ROOT = Path(__file__).resolve().parent.parent

# Converted form → the lecture's term (Taiwan usage).
TERMS = {
    "海森矩陣": "黑塞矩陣",
    "超引數": "超參數",
    "引數": "參數",
    "區域性": "局部",
    "輪次": "回合",
    "資料增強": "資料擴增",
    "實時": "即時",
    "投影儀": "投影機",
    "幻燈片": "投影片",
    "分屏": "分割畫面",
    "函式": "函數",
    "演示模式": "簡報模式",
    "拖動": "拖曳",
    "噪聲": "雜訊",
    "型別": "類型",
    "隻讀": "唯讀",
    "“": "「",
    "”": "」",
}

# 輪 after a number, a placeable or 一: an epoch.
EPOCHS = re.compile(r"((?:\d|\})\s?|一)輪(?!流)")


def convert(text: str, converter: opencc.OpenCC) -> str:
    text = converter.convert(text)
    for converted, term in TERMS.items():
        text = text.replace(converted, term)
    # An epoch counted (60 輪, 第 { $epoch } 輪, 一輪) is a 回合; a wheel (滾輪) or taking
    # turns (輪流) is not.
    return EPOCHS.sub(r"\1回合", text)


def main() -> None:
    converter = opencc.OpenCC("s2twp")
    for source in sorted((ROOT / "locales" / "zh-Hans").glob("*.ftl")):
        lines = []
        for line in source.read_text(encoding="utf-8").split("\n"):
            key, sep, value = line.partition(" = ")
            if sep and not line.startswith(("#", " ")):
                lines.append(key + sep + convert(value, converter))
            else:
                lines.append(convert(line, converter))
        target = ROOT / "locales" / "zh-Hant" / source.name
        target.write_text("\n".join(lines), encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(lines)} lines")


if __name__ == "__main__":
    main()
