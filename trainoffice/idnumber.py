"""Resident ID numbers (居民身份证号码, GB 11643-1999).

Written here rather than taken from python-stdnum: its ``cn.ric.validate`` also demands that the
area code existed in the birth year and so rejects real people's numbers (see DOMAIN.md).
"""

from __future__ import annotations

import datetime as dt
import operator
import re
import unicodedata
from dataclasses import dataclass

from trainoffice.text import translate

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"  # remainder 0..10 -> check character
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), None)
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_SPACES = re.compile(r"\s+")


class IdNumberError(ValueError):
    """The text is not a valid ID number; the message says why, in the user's language."""


@dataclass(frozen=True)
class IdNumber:
    """A checked 18-character ID number and what it tells about its holder."""

    number: str
    birth_date: dt.date
    gender: str  # 男 / 女
    converted_from_15: bool = False

    @property
    def warning(self) -> str | None:
        if self.converted_from_15:
            return translate("idnumber", "15位旧身份证号已转换为18位，请核对")
        return None


def normalise_text(text: str) -> str:
    """Full-width to half-width, invisible and no-break spaces removed, outer spaces stripped.

    Every cell of an import passes through here, so the common case (nothing to fold) is tested
    first: both tests are C loops, where folding through the translate table costs a dict lookup
    a character.
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE)
    return text.strip()


def check_character(first17: str) -> str:
    total = sum(map(operator.mul, map(int, first17), WEIGHTS))
    return CHECK_CHARS[total % 11]


def _birth_date(yyyymmdd: str) -> dt.date:
    try:
        born = dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        raise IdNumberError(translate("idnumber", "出生日期 {date} 不存在").format(
            date=f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:8]}")) from None
    if born.year < 1900 or born > dt.date.today():
        raise IdNumberError(translate("idnumber", "出生日期 {date} 不合理").format(date=born.isoformat()))
    return born


def parse(text: str) -> IdNumber:
    """Check an ID number as typed; normalise spacing, width and case; convert 15 digits to 18."""
    raw = _SPACES.sub("", normalise_text(str(text))).upper()
    if not raw:
        raise IdNumberError(translate("idnumber", "身份证号不能为空"))
    if len(raw) == 15:
        if not raw.isdigit():
            raise IdNumberError(translate("idnumber", "15位身份证号只能由数字组成"))
        first17 = raw[:6] + "19" + raw[6:]
        born = _birth_date(first17[6:14])
        number = first17 + check_character(first17)
        return IdNumber(number, born, _gender(number), converted_from_15=True)
    if len(raw) != 18:
        raise IdNumberError(translate("idnumber", "身份证号应为18位，现为{length}位").format(length=len(raw)))
    if not raw[:17].isdigit() or not (raw[17].isdigit() or raw[17] == "X"):
        raise IdNumberError(translate("idnumber", "身份证号前17位应为数字，最后一位为数字或X"))
    born = _birth_date(raw[6:14])
    expected = check_character(raw[:17])
    if raw[17] != expected:
        raise IdNumberError(translate("idnumber", "校验位错误：最后一位应为 {expected}").format(expected=expected))
    return IdNumber(raw, born, _gender(raw))


def _gender(number: str) -> str:
    return "男" if int(number[16]) % 2 else "女"


def mask(number: str | None) -> str:
    """For printed lists: keep the area's first 3 and the last 4 characters (431***********123X)."""
    if not number:
        return ""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


PERSONAL_NUMBER = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15}|1[3-9]\d{9})(?!\d)")
"""An ID number (18 or old 15 digits) or a mobile number standing in a text."""


def mask_numbers(text: str) -> str:
    """Every ID and mobile number in a text masked as a printed list shows them (cells shown as samples)."""
    return PERSONAL_NUMBER.sub(lambda m: mask_phone(m[0]) if len(m[0]) == 11 else mask(m[0]), text)
