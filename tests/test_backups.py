"""Backups and restoring one: consistent copies while the app is open, the daily copies kept on close,
and a restore that checks the backup first and keeps the current file. Core and the CLI."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from pdfcheck import images_of, same_picture
from PIL import Image
from training_data import build_project, make_seal

from conftest import make_teachers
from trainoffice import paths
from trainoffice.backups import (
    KEEP,
    backup_file_name,
    daily_backup,
    daily_backups,
    inspect_backup,
    restore_backup,
)
from trainoffice.certificates import read_seal
from trainoffice.cli import main
from trainoffice.errors import Cancelled, DatabaseInUse, FileTooNew, NotADatabase
from trainoffice.files import WriteError
from trainoffice.office import Office
from trainoffice.schema import SCHEMA_VERSION


def teachers_in(path) -> int:
    """Read by a plain sqlite3 connection, as another program would (0 when even the tables are missing)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM teachers").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_a_backup_while_the_app_is_open_has_the_latest_commits(office, school_id, tmp_path):
    """Copying the .sqlite3 file misses what sits in the -wal file; the backup does not."""
    make_teachers(office, school_id, ["王芳", "李强"])
    copied = shutil.copyfile(office.path, tmp_path / "copied.sqlite3")
    assert teachers_in(copied) == 0  # the clerk's manual copy: today's work is missing (it is in the -wal file)

    (tmp_path / "usb").mkdir()
    out = office.database.backup_to(tmp_path / "usb" / "安仁县师训-2026-11-23.sqlite3")
    assert teachers_in(out) == 2
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == ["安仁县师训-2026-11-23.sqlite3"]  # no -wal, no .part
    assert open(out, "rb").read(20)[18:20] == b"\x01\x01"  # one self-contained file (rollback journal)
    assert inspect_backup(out).teachers == 2


def test_a_backup_is_never_written_over_the_open_database(office):
    with pytest.raises(WriteError, match="就是正在使用的数据库文件"):
        office.database.backup_to(office.path)


def test_a_cancelled_backup_leaves_no_file(office, tmp_path):
    with pytest.raises(Cancelled):
        office.database.backup_to(tmp_path / "b.sqlite3", cancel=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("b.", ".b."))] == []


def test_a_backup_removes_what_a_killed_backup_of_the_same_file_left(office, tmp_path):
    """Review G-5: `.NAME.<pid>.part` (and its -journal) of a killed backup stayed on the stick for good."""
    ended = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                               text=True, check=True).stdout)
    usb = tmp_path / "usb"
    usb.mkdir()
    name = "测试县师训-2026-11-23.sqlite3"
    left = [usb / f".{name}.{ended}.part", usb / f".{name}.{ended}.part-journal"]
    another_file = usb / f".测试县师训-2026-11-22.sqlite3.{ended}.part"
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # a backup still running
    running = usb / f".{name}.{writer.pid}.part"
    for path in (*left, another_file, running):
        path.write_bytes(b"\0" * 4096)
    try:
        with open(running, "rb"):  # as its writer holds it (Windows refuses to delete an open file)
            office.database.backup_to(usb / name)
    finally:
        writer.kill()
        writer.wait()
    assert sorted(p.name for p in usb.iterdir()) == sorted([name, another_file.name, running.name])


def test_an_upgrade_removes_what_an_upgrade_cut_off_while_copying_left(tmp_path, monkeypatch):
    """Review u: the copy kept before an upgrade is named with the time, so the temporary file of an attempt cut off
    by a power cut (another time) was never removed: 11 MB left beside the database for good."""
    from trainoffice import db as dbmod

    ended = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                               text=True, check=True).stdout)
    path = tmp_path / "office.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", dbmod.SCHEMA_VERSION - 1)
    Office(path).close()
    monkeypatch.undo()
    cut_off = tmp_path / f".office.20260101-080000.before-v{dbmod.SCHEMA_VERSION}.sqlite3.{ended}.part"
    cut_off.write_bytes(b"\0" * 4096)
    Office(path).close()  # the upgrade, this time to the end
    assert not cut_off.exists() and len(list(tmp_path.glob(f"office.*.before-v{dbmod.SCHEMA_VERSION}.sqlite3"))) == 1


def test_the_name_offered_names_the_county_and_the_day():
    assert backup_file_name("安仁县", dt.date(2026, 11, 23)) == "安仁县师训-2026-11-23.sqlite3"
    assert backup_file_name("", dt.date(2026, 11, 23)) == "TrainOffice-2026-11-23.sqlite3"
    assert backup_file_name("安仁/县", dt.date(2026, 1, 2)) == "安仁县师训-2026-01-02.sqlite3"


def test_daily_backups_one_a_day_the_newest_kept(office, school_id, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "other-2020-01-01.sqlite3").write_text("another database's backup")
    start = dt.date(2026, 3, 1)
    for day in range(KEEP + 3):
        daily_backup(office.database, folder=folder, today=start + dt.timedelta(days=day))
    kept = daily_backups(folder, "office")
    assert len(kept) == KEEP
    assert kept[0].name == "office-2026-03-13.sqlite3" and kept[-1].name == "office-2026-03-04.sqlite3"
    assert (folder / "notes.txt").exists() and (folder / "other-2020-01-01.sqlite3").exists()

    make_teachers(office, school_id, ["王芳"])  # a later close on the same day refreshes that day's copy
    daily_backup(office.database, folder=folder, today=dt.date(2026, 3, 13))
    assert len(daily_backups(folder, "office")) == KEEP
    assert teachers_in(folder / "office-2026-03-13.sqlite3") == 1


def test_restore_checks_the_backup_keeps_the_current_file_and_replaces_it(office, school_id, tmp_path):
    backup = office.database.backup_to(tmp_path / "backup.sqlite3")
    make_teachers(office, school_id, ["王芳", "李强"])  # work done after the backup
    path = office.path
    with pytest.raises(DatabaseInUse):  # the app holds the file: nothing happens
        restore_backup(path, backup)
    office.close()
    restored = restore_backup(path, backup)
    assert (restored.info.office_name, restored.info.teachers) == ("测试县教育局教师培训股", 0)
    assert restored.kept.parent == path.parent and restored.kept.name.endswith(".before-restore.sqlite3")
    assert teachers_in(restored.kept) == 2  # the replaced data is kept, nothing lost
    with Office(path) as reopened:
        assert reopened.is_set_up and reopened.registry.counts()["teachers_all"] == 0
    assert not (path.parent / f"{path.name}.restoring").exists()


def _not_a_backup(tmp_path, kind):
    path = tmp_path / f"{kind}.sqlite3"
    if kind == "spreadsheet":
        path.write_bytes(b"PK\x03\x04 not a database")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE customers (id INTEGER)")
        conn.close()
    elif kind == "newer":
        Office(path).close()
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    elif kind == "damaged":
        Office(path).close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        data = bytearray(path.read_bytes())
        data[4096:8192] = b"\xff" * 4096  # the second page: a table's b-tree
        path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("kind", ["spreadsheet", "empty", "foreign", "newer", "damaged"])
def test_a_file_that_is_not_a_good_backup_is_refused_and_nothing_is_touched(office, school_id, tmp_path, kind):
    make_teachers(office, school_id, ["王芳"])
    path = office.path
    office.close()
    bad = _not_a_backup(tmp_path, kind)
    before = bad.read_bytes()
    with pytest.raises(FileTooNew if kind == "newer" else NotADatabase):
        restore_backup(path, bad)
    assert bad.read_bytes() == before
    assert teachers_in(path) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if "before-restore" in p.name or "restoring" in p.name) == []


# ----- the command line --------------------------------------------------------------------------
def test_cli_backup_while_the_app_is_open(office, school_id, tmp_path, capsys):
    make_teachers(office, school_id, ["王芳"])  # the app is open and holds the file
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--db", str(office.path), "--out", str(usb)]) == 0
    out = usb / backup_file_name("测试县", dt.date.today())
    assert f"已备份：{out}" in capsys.readouterr().out
    assert teachers_in(out) == 1
    assert main(["backup", "--db", str(office.path)]) == 0  # no --out: today's copy in the data folder
    assert teachers_in(paths.backup_dir() / f"office-{dt.date.today().isoformat()}.sqlite3") == 1
    unplugged = tmp_path / "U盘"  # review r: written as a folder that is not there, it made a file named after it
    assert main(["backup", "--db", str(office.path), "--out", f"{unplugged}/"]) == 1
    assert "文件夹" in capsys.readouterr().err and not list(tmp_path.glob("U盘*"))


def test_cli_restore_is_refused_while_the_app_is_open_then_works(office, school_id, tmp_path, capsys):
    backup = office.database.backup_to(tmp_path / "backup.sqlite3")
    make_teachers(office, school_id, ["王芳"])
    assert main(["restore", str(backup), "--db", str(office.path)]) == 1
    assert "正被另一个 TrainOffice 使用" in capsys.readouterr().err
    assert teachers_in(office.path) == 1
    office.close()
    assert main(["restore", str(backup), "--db", str(office.path)]) == 0
    out = capsys.readouterr().out
    assert "已从备份恢复" in out and "教师 0 人" in out and "恢复前的数据库已另存为" in out
    assert teachers_in(office.path) == 0


def test_cli_restore_onto_a_new_pc_creates_the_database(office, tmp_path, capsys):
    backup = office.database.backup_to(tmp_path / "backup.sqlite3")
    fresh = tmp_path / "new-pc" / "trainoffice.sqlite3"
    fresh.parent.mkdir()
    assert main(["restore", str(backup), "--db", str(fresh)]) == 0
    assert "另存为" not in capsys.readouterr().out
    with Office(fresh) as opened:
        assert opened.is_set_up


def test_cli_backup_refuses_an_existing_file_and_adds_the_extension(office, school_id, tmp_path, capsys):
    """--out never replaces a file silently (it may be another office's database), and a name without
    .sqlite3/.db gets .sqlite3 so that 从备份恢复… shows it."""
    other = tmp_path / "other-office.sqlite3"
    other.write_bytes(b"another office")
    assert main(["backup", "--db", str(office.path), "--out", str(other)]) == 1
    assert "已存在：请换一个文件名，或先移走它" in capsys.readouterr().err
    assert other.read_bytes() == b"another office"
    assert main(["backup", "--db", str(office.path), "--out", str(tmp_path / "b2")]) == 0
    assert not (tmp_path / "b2").exists() and teachers_in(tmp_path / "b2.sqlite3") == 0
    assert main(["backup", "--db", str(office.path), "--out", str(tmp_path / "b2")]) == 1  # now b2.sqlite3 exists
    assert main(["backup", "--db", str(office.path), "--out", str(tmp_path / "b3.DB")]) == 0
    assert (tmp_path / "b3.DB").exists()


def test_a_backup_restored_on_another_pc_prints_certificates_with_the_seal(office, tmp_path):
    """The seal is in the database: the picture it was chosen from can be gone, the backup still has it,
    for printed certificates and the certificates in a packet."""
    finished = build_project(office, stages=(("集中培训", 24),))
    (tmp_path / "old-pc").mkdir()
    seal = make_seal(tmp_path / "old-pc" / "县局公章.png")
    office.certificates.set_seal(read_seal(seal))
    office.certificates.issue(project_id=finished.project_id)
    (tmp_path / "usb").mkdir()
    backup = office.database.backup_to(tmp_path / "usb" / "测试县师训.sqlite3")
    office.close()
    with Image.open(seal) as picture:
        chosen = picture.copy()
    shutil.rmtree(tmp_path / "old-pc")  # the old PC, and the seal file on it, are gone

    new_pc = tmp_path / "new-pc" / "trainoffice.sqlite3"
    new_pc.parent.mkdir()
    restore_backup(new_pc, backup)
    with Office(new_pc) as restored:
        assert restored.certificates.seal().file_name == "县局公章.png"
        out = tmp_path / "new-pc" / "证书.pdf"
        result = restored.certificates.print_pdf(out=out, project_id=finished.project_id)
        pages = images_of(out)
        assert len(pages) == result.certificates == len(finished.passed)
        assert all(len(found) == 1 and same_picture(found[0], chosen) for found in pages)
        packet = restored.packets.export(out_dir=tmp_path / "new-pc", project_id=finished.project_id)
    with zipfile.ZipFile(packet.path) as archive:
        name = next(n for n in archive.namelist() if "/证书/" in n)
        certificates = archive.read(name)
    assert all(len(found) == 1 and same_picture(found[0], chosen) for found in images_of(certificates))
