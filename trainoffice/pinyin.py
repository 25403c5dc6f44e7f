"""Pinyin keys for type-to-search: 张三 -> ("zhangsan", "zs")."""

from __future__ import annotations

import re

_ASCII_LETTERS = re.compile(r"^[a-z]+$")


def name_keys(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a Chinese name, lower case, no tones or spaces.

    pypinyin is imported on first use: loading its dictionaries takes ~0.2 s, a sixth of the app's
    start-up on a city database (benchmarks/app_start_city), and start-up only reads stored keys.
    """
    from pypinyin import Style, lazy_pinyin

    syllables = [s for s in lazy_pinyin(name, style=Style.NORMAL, errors="ignore") if s.isalpha()]
    syllables = [s.lower().replace("ü", "v") for s in syllables]
    return "".join(syllables), "".join(s[0] for s in syllables)


def is_pinyin_query(text: str) -> bool:
    return bool(_ASCII_LETTERS.match(text))
