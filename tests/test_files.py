"""Files written safely (trainoffice.files): a full USB stick is said in Chinese, nothing half-written is left."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from trainoffice.files import WriteError, atomic_output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
def test_a_full_stick_is_said_in_chinese_and_the_systems_words_go_to_the_log(tmp_path, caplog):
    """Review G-5: the message embedded the OS's “No space left on device”."""
    target = tmp_path / "名单.xlsx"
    caplog.set_level(logging.WARNING)
    with pytest.raises(WriteError) as refused, atomic_output(target) as tmp:
        tmp.symlink_to("/dev/full")  # what a full stick does to every write
        tmp.write_bytes(b"PK" * 10_000)
    assert str(refused.value) == f"无法写入 {target}：U盘或磁盘已满。请清理出空间（或换一个有空间的 U 盘）后重试。"
    assert "No space left on device" in caplog.text
    assert list(tmp_path.iterdir()) == []
