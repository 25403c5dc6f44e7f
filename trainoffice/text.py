"""What the core says to the user, in the user's language, without Qt (the core never imports it).

A message is written in Chinese, the source language, as a template with named placeholders:

    raise ValidationError(translate("projects", "项目编号 {code} 已被另一个项目使用").format(code=p.code), field="code")

The first argument is the translation context (the module's name); both arguments are plain string literals, so
``pyside6-lupdate`` collects the message into ``resources/translations/trainoffice_en.ts`` with the UI's own
strings. The GUI installs Qt's translator here at start (``ui.app``), so the English build shows the message in
English; without one (the CLI, the tests, a Chinese build) a message is its Chinese source.

A word of a fixed vocabulary inside a message (a project's status 开班, a result 合格) is passed as a value,
translated in its vocabulary's context, the one ``ui.words`` shows it in: ``translate("ProjectStatus", p.status)``.
Documents the office hands on (workbooks, sign-in sheets, certificates, the packet) are Chinese in either
build and do not go through here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    """Use ``translator(context, source)`` for every message from now on (None: Chinese again)."""
    global _translator
    _translator = translator


def translate(context: str, source: str) -> str:
    """``source`` in the user's language; itself when no translator is installed or it has no translation."""
    return (_translator(context, source) or source) if _translator is not None else source


def words(vocabulary: str, items: Iterable[str]) -> str:
    """Words of a vocabulary listed inside a message: 上午、下午、晚上 (English: morning, afternoon, evening)."""
    return translate("text", "、").join(translate(vocabulary, item) for item in items)
