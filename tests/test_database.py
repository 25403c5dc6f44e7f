import json
import sqlite3

import pytest
from training_data import make_seal

from trainoffice.db import Database
from trainoffice.errors import DatabaseInUse, FileTooNew, NotADatabase
from trainoffice.office import Office
from trainoffice.schema import SCHEMA_VERSION


def test_new_file_gets_the_whole_schema(tmp_path):
    db = Database(tmp_path / "a.sqlite3")
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"schools", "teachers", "teacher_postings", "projects", "project_stages", "quotas", "enrollments",
            "sessions", "attendance", "assessments", "ledger", "certificates", "packets", "settings",
            "audit_log", "import_batches"} <= tables
    assert db.version == SCHEMA_VERSION
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_newer_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.sqlite3"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(FileTooNew, match="更新版本"):
        Database(path)
    assert path.read_bytes() == before


def test_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    from trainoffice import db as dbmod

    path = tmp_path / "old.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)
    Database(path).close()
    extra = "CREATE TABLE later_feature (id INTEGER PRIMARY KEY);"
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS[:1], extra])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    db = Database(path)
    assert db.version == 2
    backups = list(tmp_path.glob("old.*.before-v2.sqlite3"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()


def test_an_upgrade_cut_off_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """Review u: each step committed on its own, so a power cut left the file between two versions, and the copy
    kept on the next start was of that half-upgraded file. Every step is now one transaction."""
    from trainoffice import db as dbmod

    path = tmp_path / "old.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)
    Database(path).close()

    def power_cut(_conn):
        raise KeyboardInterrupt  # stands for the process killed in the third step

    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS[:1], "CREATE TABLE later_feature (id INTEGER);",
                                              power_cut])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 3)
    with pytest.raises(KeyboardInterrupt):
        Database(path)
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'later_feature'").fetchone()[0] == 0
    old.close()


def test_a_file_opened_to_read_is_upgraded_only_when_no_other_trainoffice_has_it(tmp_path, monkeypatch):
    """A command that only reads opens without the writer lock; an older TrainOffice working in the file must not
    see its tables changed under it."""
    from trainoffice import db as dbmod

    path = tmp_path / "old.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)
    Database(path).close()
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS[:1], "CREATE TABLE later_feature (id INTEGER);"])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    older_app = dbmod.WriterLock(path)
    older_app.acquire()
    with pytest.raises(DatabaseInUse, match="正被另一个 TrainOffice 使用"):
        Database(path, lock=False)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    older_app.release()
    reader = Database(path, lock=False)
    assert reader.version == 2
    reader.close()
    Database(path).close()  # and the upgrade let go of the lock


def test_check_constraints_are_comparisons_and_still_refuse_bad_values(tmp_path, monkeypatch):
    """Migration 3 rewrites CHECK (x IN (...)) as ORs in place; a version-2 file keeps its rows and its rules."""
    from trainoffice import db as dbmod

    path = tmp_path / "v2.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    old = Database(path)
    old.conn.execute("INSERT INTO schools (id, name) VALUES (1, '城关小学')")
    old.close()
    monkeypatch.undo()
    db = Database(path)
    conn = db.conn
    schema = " ".join(r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
    assert " IN (" not in schema
    assert "CHECK (status = '在册' OR status = '退出' OR status = '替换')" in schema
    ephemeral = [r[1] for r in conn.execute("EXPLAIN INSERT INTO schools (name, rural) VALUES ('x', 1)")]
    assert "OpenEphemeral" not in ephemeral  # the per-row temporary index an IN list costs
    assert conn.execute("SELECT name FROM schools").fetchall() == [("城关小学",)]
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE schools SET rural = 2 WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("INSERT INTO import_batches (kind, file_name) VALUES ('roster', 'a.xlsx')")
        conn.execute("INSERT INTO import_changes (batch_id, table_name, row_id, action) VALUES (1, 't', 1, 'drop')")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    reopened = sqlite3.connect(path)  # another connection reads the new schema too
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        reopened.execute("INSERT INTO schools (name, active) VALUES ('y', 5)")
    reopened.close()


@pytest.mark.parametrize("content", [b"PK\x03\x04 this is a zip", b"hello, not a database at all" * 10])
def test_non_sqlite_file_is_refused_untouched(tmp_path, content):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotADatabase, match="文件未被改动"):
        Office(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "x.sqlite3-wal").exists()


def test_corrupt_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "c.sqlite3"
    Database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(NotADatabase):
        Database(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.close()
    with pytest.raises(NotADatabase, match="不是 TrainOffice 数据库"):
        Database(path)


def test_second_writer_is_told_the_file_is_in_use(tmp_path):
    path = tmp_path / "shared.sqlite3"
    first = Database(path)
    with pytest.raises(DatabaseInUse, match="正被另一个 TrainOffice 使用"):
        Database(path)
    first.close()
    Database(path).close()  # free again once the first has closed


def test_second_process_is_refused_too(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "shared.sqlite3"
    first = Database(path)
    code = ("import sys\nfrom trainoffice.db import Database\nfrom trainoffice.errors import DatabaseInUse\n"
            f"try:\n    Database({str(path)!r})\nexcept DatabaseInUse:\n    sys.exit(3)\n")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 3
    first.close()


def test_a_worker_connection_and_a_reader_beside_the_app_leave_its_log_in_place(tmp_path):
    """Review m: after a background job's own connection in the app, a CLI report closing made SQLite take the
    file as unused and delete the -wal the app was still writing to; saves stayed out of the file until the
    app closed. A second connection in the process no longer reads the file's header itself (closing any
    handle on a file drops every POSIX lock the process holds on it)."""
    import subprocess
    import sys

    path = tmp_path / "office.sqlite3"
    app = Office(path)
    app.settings.set("contact_person", "王老师")
    with Office(path, lock=False) as worker:  # a job on a worker thread: its own connection
        worker.settings.get("contact_person")
    read = ("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
            "print(c.execute(\"SELECT value FROM settings WHERE key = 'contact_person'\").fetchone()[0])\nc.close()")
    subprocess.run([sys.executable, "-c", read, str(path)], check=True, capture_output=True)  # a CLI report
    assert path.with_name(path.name + "-wal").exists()
    app.settings.set("contact_person", "李老师")  # saved after the report: in the file for every reader
    seen = subprocess.run([sys.executable, "-c", read, str(path)], check=True, capture_output=True, text=True)
    assert seen.stdout.strip() == '"李老师"'
    app.close()


def test_identity_check_lists_every_problem(tmp_path):
    from trainoffice.errors import ValidationError
    from trainoffice.office import check_identity

    assert set(check_identity(office_name=" ", county_name="", county_code="4310")) == {
        "office_name", "county_name", "county_code"}
    assert check_identity(office_name="某县教育局", county_name="某县", county_code=" 431028 ") == {}
    with Office(tmp_path / "a.sqlite3") as office:
        with pytest.raises(ValidationError) as caught:
            office.set_identity(office_name="某县教育局", county_name="某县", county_code="43102")
        assert caught.value.field == "county_code" and not office.is_set_up


def test_the_app_without_a_display_says_so_instead_of_crashing(tmp_path, monkeypatch, capsys):
    import sys

    from trainoffice.cli import main

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["--db", str(tmp_path / "x.sqlite3")]) == 1
    assert "没有图形界面" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()


# ----- a database that cannot be written, or is not there -----------------------------------------
# The tests may run as root, for whom chmod stops no write; a read-only file, a write-protected USB stick
# or share is stood in for by the OS calls answering as they do there (os.access; open() of the lock file
# failing with EROFS). By hand, as root: `chattr +i FILE`, and a read-only bind mount for the folder.
def _read_only(monkeypatch, *read_only_paths):
    import os

    from trainoffice import db as dbmod

    real = os.access
    monkeypatch.setattr(dbmod.os, "access", lambda path, mode, **kw: (
        False if (mode & os.W_OK and str(path) in map(str, read_only_paths)) else real(path, mode, **kw)))


def test_a_read_only_file_is_refused_when_opened_not_at_the_first_save(tmp_path, monkeypatch):
    from trainoffice.errors import DatabaseReadOnly

    path = tmp_path / "ro.sqlite3"
    Office(path).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    _read_only(monkeypatch, path)
    with pytest.raises(DatabaseReadOnly, match=r"是只读的（或所在文件夹不能写入）：请复制到本机可写的文件夹"):
        Office(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no lock, -wal or -shm left beside it


def test_a_read_only_folder_is_refused_with_a_reason(tmp_path, monkeypatch):
    from trainoffice.errors import DatabaseReadOnly

    path = tmp_path / "ro.sqlite3"
    Office(path).close()
    _read_only(monkeypatch, tmp_path)
    with pytest.raises(DatabaseReadOnly, match=str(path)):
        Office(path)


def test_reading_a_database_on_a_read_only_drive_says_read_only(tmp_path, monkeypatch):
    """`trainoffice backup` opens without the lock; SQLite then fails to make the -shm file a WAL database
    needs even to be read, which said only 无法作为数据库打开."""
    import sqlite3

    from trainoffice import db as dbmod
    from trainoffice.errors import DatabaseReadOnly

    path = tmp_path / "ro.sqlite3"
    Office(path).close()
    _read_only(monkeypatch, tmp_path)

    class Refusing(sqlite3.Connection):
        def execute(self, *args, **kwargs):
            raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(dbmod.sqlite3, "connect", lambda *a, **kw: Refusing(":memory:"))
    with pytest.raises(DatabaseReadOnly, match="是只读的"):
        dbmod.Database(path, lock=False)


def test_a_lock_file_that_cannot_be_created_says_read_only_not_oserror(tmp_path, monkeypatch):
    """What a read-only mount does to open(): EROFS (and on Windows, folder rights os.access cannot see)."""
    import builtins
    import errno

    from trainoffice import db as dbmod
    from trainoffice.errors import DatabaseReadOnly

    path = tmp_path / "share.sqlite3"
    Office(path).close()

    def refusing_open(file, mode="r", *args, **kwargs):
        if str(file).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return builtins.open(file, mode, *args, **kwargs)

    monkeypatch.setattr(dbmod, "open", refusing_open, raising=False)
    with pytest.raises(DatabaseReadOnly, match="是只读的"):
        Office(path)


def test_a_missing_folder_is_named_and_not_created(tmp_path):
    from trainoffice.errors import DatabaseNotFound

    path = tmp_path / "U盘" / "x" / "y.sqlite3"
    with pytest.raises(DatabaseNotFound, match=f"找不到文件夹 {path.parent}"):
        Office(path)
    assert not (tmp_path / "U盘").exists()


@pytest.mark.parametrize("command", [["import", "teachers", "名单.xlsx", "--dry-run"], ["project", "list"],
                                     ["report", "compliance", "--year", "2026"], ["backup"]])
def test_cli_refuses_a_database_that_does_not_exist(tmp_path, capsys, command):
    """A typo in --db must not quietly create a new, empty database with no office set up."""
    from trainoffice.cli import main

    typo = tmp_path / "trainofice.sqlite3"
    assert main([*command, "--db", str(typo)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (f"trainoffice: 找不到数据库文件 {typo}：请检查路径（新建数据库请打开程序或用 trainoffice demo）")
    assert not typo.exists()


def test_cli_says_read_only_in_one_line(tmp_path, monkeypatch, capsys):
    from trainoffice.cli import main

    path = tmp_path / "ro.sqlite3"
    Office(path).close()
    _read_only(monkeypatch, path)
    assert main(["project", "archive", "2026-01", "--db", str(path)]) == 1  # a command that writes
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "是只读的" in err and "意外错误" not in err


def test_packets_made_before_version_4_hold_their_projects(tmp_path, monkeypatch):
    """Migration 4 records what each earlier packet holds: a project packet its project, a year packet the
    projects of its year that existed when it was made (one added later was not in it)."""
    from trainoffice import db as dbmod

    path = tmp_path / "v3.sqlite3"
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 3)
    old = Database(path)
    old.conn.executemany("INSERT INTO projects (id, year, code, name, created_at) VALUES (?, ?, ?, ?, ?)", [
        (1, 2025, "2025-01", "一", "2025-01-05 08:00:00"), (2, 2025, "2025-02", "二", "2025-02-01 08:00:00"),
        (3, 2025, "2025-03", "三", "2025-12-20 08:00:00"), (4, 2026, "2026-01", "四", "2025-12-01 08:00:00")])
    old.conn.executemany("INSERT INTO packets (id, packet_uuid, project_id, year, path, sha256, created_at)"
                         " VALUES (?, ?, ?, ?, 'p.zip', 'x', ?)",
                         [(1, "p", 1, 2025, "2025-03-01 09:00:00"), (2, "y", None, 2025, "2025-12-10 09:00:00")])
    old.close()
    monkeypatch.undo()
    db = Database(path)
    assert sorted(db.conn.execute("SELECT packet_id, project_id FROM packet_projects")) == [(1, 1), (2, 1), (2, 2)]
    db.close()


def _version_5_with_seal_path(path, seal_path, monkeypatch) -> None:
    """A database as TrainOffice kept it before migration 6: the seal as a path on this PC."""
    from trainoffice import db as dbmod

    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 5)
    old = Database(path)
    old.conn.execute("INSERT INTO settings (key, value) VALUES ('certificate_seal_path', ?)", (json.dumps(str(seal_path)),))
    old.conn.execute("INSERT INTO settings (key, value) VALUES ('office_name', '\"测试县教育局教师培训股\"')")
    old.close()
    monkeypatch.undo()


def test_a_seal_file_named_in_an_older_database_is_moved_into_it(tmp_path, monkeypatch):
    seal = make_seal(tmp_path / "县局公章.png")
    _version_5_with_seal_path(tmp_path / "v5.sqlite3", seal, monkeypatch)
    picture = seal.read_bytes()
    Office(tmp_path / "v5.sqlite3").close()  # opened by this version: migrated
    seal.unlink()  # from now on the database carries it
    with Office(tmp_path / "v5.sqlite3") as office:
        stored = office.certificates.seal()
        assert stored is not None and stored.image == picture and stored.file_name == "县局公章.png"
        assert office.database.conn.execute(
            "SELECT count(*) FROM settings WHERE key = 'certificate_seal_path'").fetchone() == (0,)
        assert [item.image for item in office.certificates.sample_page().overlay] == [picture]


@pytest.mark.parametrize("kind", ["gone", "broken"])
def test_a_seal_file_gone_or_broken_is_dropped_and_the_database_opens(tmp_path, monkeypatch, kind):
    seal = tmp_path / "公章.png"
    if kind == "broken":
        seal.write_bytes(b"\x89PNG\r\n\x1a\n not a picture")
    _version_5_with_seal_path(tmp_path / "v5.sqlite3", seal, monkeypatch)
    with Office(tmp_path / "v5.sqlite3") as office:
        assert office.certificates.seal() is None and office.certificates.sample_page().overlay == ()
        assert office.database.conn.execute(
            "SELECT count(*) FROM settings WHERE key = 'certificate_seal_path'").fetchone() == (0,)
        assert office.settings.get("office_name") == "测试县教育局教师培训股"
