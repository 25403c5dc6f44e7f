"""Shared fixtures: a fresh database file per test; the demo county when a test wants a lived-in one."""

from __future__ import annotations

import pytest

from trainoffice.office import Office
from trainoffice.registry import School, Teacher


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # platformdirs and the log stay inside the test
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    with Office(tmp_path / "office.sqlite3") as opened:
        opened.set_identity(office_name="测试县教育局教师培训股", county_name="测试县", county_code="431028")
        yield opened


@pytest.fixture
def school_id(office) -> int:
    return office.registry.save_school(School(name="测试县第一中学", township="城关镇", stages="初中、高中"))


def make_teacher(school_id: int, **overrides) -> Teacher:
    values = dict(name="张三", id_number="11010519491231002X", school_id=school_id, stage="初中",
                  subject="数学", title="一级教师", phone="13800138000")
    values.update(overrides)
    return Teacher(**values)
