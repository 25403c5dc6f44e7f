"""Numbered schema migrations (PRAGMA user_version steps, as calibre's schema_upgrades.py does).

Migration N brings a database from user_version N-1 to N. Never edit a migration that has shipped;
append a new one: SQL text, or a function of the connection when SQL alone cannot say it. The whole
domain is laid down by migration 1 so later work fills in behaviour.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

_CHECK_IN_LIST = re.compile(r"CHECK \((\w+) IN \(([^()]*)\)\)")


def _checks_as_comparisons(conn: sqlite3.Connection) -> None:
    """3: ``CHECK (status IN ('在册', '退出'))`` becomes ``CHECK (status = '在册' OR status = '退出')``.

    The same rule, but SQLite evaluates a CHECK's IN list by building a temporary index each time a
    row is written (OpenEphemeral in EXPLAIN): 1.5 µs a row, which doubled the cost of writing a
    5,000-person roster or a project's attendance. Only the constraint's text changes, and the old
    and new rules accept exactly the same values, so the table is not rebuilt: the schema text is
    rewritten in place, the procedure SQLite documents for such changes (lang_altertable.html,
    "Making Other Kinds Of Table Schema Changes"), and the schema version is bumped so every
    connection rereads it.
    """
    def comparisons(match: re.Match[str]) -> str:
        column, values = match[1], [v.strip() for v in match[2].split(",")]
        return "CHECK (" + " OR ".join(f"{column} = {v}" for v in values) + ")"

    tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    changed = [(_CHECK_IN_LIST.sub(comparisons, sql), name) for name, sql in tables if _CHECK_IN_LIST.search(sql)]
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.executemany("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", changed)
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")


def _seal_into_database(conn: sqlite3.Connection) -> None:
    """6: the office seal (单位公章) is kept in the database, not as a path on this PC.

    The setting ``certificate_seal_path`` named a picture file; a backup restored on another PC, or the file
    carried on a USB stick, lost it. A picture still there that opens is stored with the name of its file;
    one that is gone or cannot be read is dropped: the office has no seal until one is chosen again
    (设置 says so), and certificates print without one instead of failing.
    """
    conn.execute("""
        CREATE TABLE certificate_seal (       -- 单位公章 printed on certificates; one row, travels with the file
            id        INTEGER PRIMARY KEY CHECK (id = 1),
            image     BLOB NOT NULL,          -- the picture's bytes as chosen (PNG with transparency, or a scan)
            file_name TEXT NOT NULL,          -- the file it was chosen from, shown in 设置
            stored_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
        )""")
    row = conn.execute("SELECT value FROM settings WHERE key = 'certificate_seal_path'").fetchone()
    conn.execute("DELETE FROM settings WHERE key = 'certificate_seal_path'")
    path = json.loads(row[0]) if row else ""
    if not path or not isinstance(path, str):
        return
    from PIL import Image  # only here: it is not needed to open a database

    try:
        image = Path(path).read_bytes()
        with Image.open(io.BytesIO(image)) as picture:
            picture.load()
    except Exception:  # noqa: BLE001 - the file gone, unreadable, or a picture PIL cannot open (many kinds)
        return
    conn.execute("INSERT INTO certificate_seal (id, image, file_name) VALUES (1, ?, ?)", (image, Path(path).name))


# Leaving service (调出, 退休) ends the teacher's posting on the day left, so a past year's 学分达标 counts
# who served then. Teachers who left before this: their open posting ends on the day of the last change of
# status the audit log names (set_status, or an edit whose fields include status), else on the day the
# teacher's record was last changed.
CLOSE_POSTINGS_OF_LEAVERS = """
UPDATE teacher_postings SET to_date = coalesce(
    (SELECT date(max(a.at)) FROM audit_log a WHERE a.table_name = 'teachers'
        AND a.row_id = teacher_postings.teacher_id AND (a.action = 'status' OR a.action = 'update'
        AND EXISTS (SELECT 1 FROM json_each(a.detail, '$.fields') WHERE value = 'status'))),
    (SELECT date(updated_at) FROM teachers WHERE id = teacher_postings.teacher_id))
WHERE to_date IS NULL AND teacher_id IN (SELECT id FROM teachers WHERE status != '在职');
"""


MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: the whole domain.
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL               -- JSON
    );

    CREATE TABLE schools (                -- 学校
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        code       TEXT UNIQUE,           -- 学校标识码, optional
        township   TEXT NOT NULL DEFAULT '',   -- 乡镇
        stages     TEXT NOT NULL DEFAULT '',   -- 学段, '、'-separated: 小学、初中
        rural      INTEGER NOT NULL DEFAULT 0 CHECK (rural IN (0, 1)),      -- 乡村学校
        private    INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),    -- 民办
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        merged_into INTEGER REFERENCES schools(id),
        created_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
        updated_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );

    CREATE TABLE import_batches (         -- 导入记录: one file imported, undoable as a whole
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,        -- teachers / roster / plan / attendance
        file_name   TEXT NOT NULL,
        project_id  INTEGER REFERENCES projects(id),
        imported_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
        imported_by TEXT NOT NULL DEFAULT '',
        counts      TEXT NOT NULL DEFAULT '{}',   -- JSON: created, updated, unchanged, rejected, warnings
        undone_at   TEXT
    );

    CREATE TABLE import_changes (         -- what a batch did, so it can be undone
        id        INTEGER PRIMARY KEY,
        batch_id  INTEGER NOT NULL REFERENCES import_batches(id),
        table_name TEXT NOT NULL,
        row_id    INTEGER NOT NULL,
        action    TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before    TEXT                    -- JSON of the row before an update
    );
    CREATE INDEX import_changes_batch ON import_changes(batch_id);

    CREATE TABLE teachers (               -- 教师
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL,
        name_pinyin   TEXT NOT NULL DEFAULT '',   -- zhangsan
        name_initials TEXT NOT NULL DEFAULT '',   -- zs
        gender        TEXT NOT NULL CHECK (gender IN ('男', '女')),
        birth_date    TEXT NOT NULL,
        ethnicity     TEXT NOT NULL DEFAULT '',   -- 民族
        id_type       TEXT NOT NULL DEFAULT '居民身份证',
        id_number     TEXT NOT NULL UNIQUE,
        school_id     INTEGER NOT NULL REFERENCES schools(id),
        stage         TEXT NOT NULL DEFAULT '',   -- 学段
        subject       TEXT NOT NULL DEFAULT '',   -- 任教学科
        title         TEXT NOT NULL DEFAULT '',   -- 职称
        post          TEXT NOT NULL DEFAULT '',   -- 职务
        qualification_type   TEXT NOT NULL DEFAULT '',  -- 教师资格种类
        qualification_number TEXT NOT NULL DEFAULT '',
        putonghua_level TEXT NOT NULL DEFAULT '',       -- 普通话等级
        in_establishment INTEGER NOT NULL DEFAULT 1 CHECK (in_establishment IN (0, 1)),  -- 在编
        work_start_date TEXT NOT NULL DEFAULT '',       -- 参加工作时间
        new_teacher   INTEGER NOT NULL DEFAULT 0 CHECK (new_teacher IN (0, 1)),
        backbone_level TEXT NOT NULL DEFAULT '',        -- 骨干级别
        phone         TEXT NOT NULL DEFAULT '',
        status        TEXT NOT NULL DEFAULT '在职' CHECK (status IN ('在职', '调出', '退休')),
        notes         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
        updated_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );
    CREATE INDEX teachers_school ON teachers(school_id);
    CREATE INDEX teachers_name ON teachers(name);
    CREATE INDEX teachers_status ON teachers(status);

    CREATE TABLE teacher_postings (       -- who was at which school, from when (调动历史)
        id         INTEGER PRIMARY KEY,
        teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
        school_id  INTEGER NOT NULL REFERENCES schools(id),
        from_date  TEXT NOT NULL,
        to_date    TEXT,
        note       TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX teacher_postings_teacher ON teacher_postings(teacher_id);
    CREATE INDEX teacher_postings_school ON teacher_postings(school_id);

    CREATE TABLE plans (                  -- 年度培训计划
        id             INTEGER PRIMARY KEY,
        year           INTEGER NOT NULL,
        title          TEXT NOT NULL DEFAULT '',
        source_file    TEXT NOT NULL DEFAULT '',
        declared_total INTEGER,           -- the table's own 培训总人次
        imported_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );

    CREATE TABLE projects (               -- 培训项目
        id             INTEGER PRIMARY KEY,
        plan_id        INTEGER REFERENCES plans(id),
        year           INTEGER NOT NULL,
        code           TEXT NOT NULL UNIQUE,
        name           TEXT NOT NULL,
        level          TEXT NOT NULL DEFAULT '县培',   -- 国培/省培/市培/县培/校本研修/师本研修
        category       TEXT NOT NULL DEFAULT '',       -- 项目类别
        form           TEXT NOT NULL DEFAULT '',       -- 培训形式
        mode_code      TEXT NOT NULL DEFAULT '2',      -- national mode code 1/2/3/4/9
        target_group   TEXT NOT NULL DEFAULT '',       -- 培训对象
        proposing_unit TEXT NOT NULL DEFAULT '',       -- 申报单位
        host           TEXT NOT NULL DEFAULT '',       -- 承办单位
        start_date     TEXT,
        end_date       TEXT,
        days_offsite   REAL NOT NULL DEFAULT 0,        -- 异地天数
        days_local     REAL NOT NULL DEFAULT 0,        -- 本地天数
        places         INTEGER NOT NULL DEFAULT 0,     -- 培训人数
        status         TEXT NOT NULL DEFAULT '计划' CHECK (status IN ('计划', '开班', '结业', '归档')),
        hours_basis    TEXT NOT NULL DEFAULT 'attended' CHECK (hours_basis IN ('attended', 'full')),
        attendance_threshold REAL NOT NULL DEFAULT 0.8,
        notes          TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );
    CREATE INDEX projects_year ON projects(year);

    CREATE TABLE project_stages (         -- 阶段: the principal course has three
        id         INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,
        name       TEXT NOT NULL,
        form       TEXT NOT NULL DEFAULT '',
        hours      REAL NOT NULL DEFAULT 0,
        start_date TEXT,
        end_date   TEXT,
        UNIQUE (project_id, seq)
    );

    CREATE TABLE project_status_log (     -- every status change, with the reason for a reopening
        id          INTEGER PRIMARY KEY,
        project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status   TEXT NOT NULL,
        reason      TEXT NOT NULL DEFAULT '',
        at          TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );

    CREATE TABLE quotas (                 -- 参培指标 per school or per township
        id         INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        school_id  INTEGER REFERENCES schools(id),
        township   TEXT,
        places     INTEGER NOT NULL CHECK (places >= 0),
        CHECK ((school_id IS NULL) != (township IS NULL))
    );

    CREATE TABLE enrollments (            -- 参培学员 on a project's roster
        id          INTEGER PRIMARY KEY,
        project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        teacher_id  INTEGER NOT NULL REFERENCES teachers(id),
        school_id   INTEGER NOT NULL REFERENCES schools(id),   -- school at enrolment
        status      TEXT NOT NULL DEFAULT '在册' CHECK (status IN ('在册', '退出', '替换')),
        enrolled_at TEXT NOT NULL DEFAULT (date('now', 'localtime')),
        left_at     TEXT,
        reason      TEXT NOT NULL DEFAULT '',
        replaced_by INTEGER REFERENCES enrollments(id),
        over_quota  INTEGER NOT NULL DEFAULT 0,
        UNIQUE (project_id, teacher_id)
    );
    CREATE INDEX enrollments_teacher ON enrollments(teacher_id);

    CREATE TABLE sessions (               -- 课程安排: one half-day slot
        id         INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        stage_id   INTEGER REFERENCES project_stages(id),
        date       TEXT NOT NULL,
        slot       TEXT NOT NULL CHECK (slot IN ('上午', '下午', '晚上')),
        hours      REAL NOT NULL DEFAULT 3,
        topic      TEXT NOT NULL DEFAULT '',
        lecturer   TEXT NOT NULL DEFAULT '',
        place      TEXT NOT NULL DEFAULT '',
        UNIQUE (project_id, date, slot)
    );

    CREATE TABLE attendance (             -- 考勤
        enrollment_id INTEGER NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
        session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        status        TEXT NOT NULL CHECK (status IN ('出勤', '迟到', '早退', '请假', '缺勤')),
        recorded_at   TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
        PRIMARY KEY (enrollment_id, session_id)
    ) WITHOUT ROWID;
    CREATE INDEX attendance_session ON attendance(session_id);

    CREATE TABLE assessments (            -- 考核 per trainee and stage
        id             INTEGER PRIMARY KEY,
        enrollment_id  INTEGER NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
        stage_id       INTEGER REFERENCES project_stages(id),
        score          REAL,
        result         TEXT CHECK (result IN ('合格', '优秀', '不合格')),
        homework_done  INTEGER NOT NULL DEFAULT 0,
        override_reason TEXT NOT NULL DEFAULT '',
        UNIQUE (enrollment_id, stage_id)
    );

    CREATE TABLE ledger (                 -- 学时登记: append-only; a correction is a reversal plus a new row
        id            INTEGER PRIMARY KEY,
        teacher_id    INTEGER NOT NULL REFERENCES teachers(id),
        year          INTEGER NOT NULL,
        date          TEXT NOT NULL,
        category      TEXT NOT NULL,      -- 项目培训/校本研修/师德/网络研修/资源建设/学历提高/其他
        project_id    INTEGER REFERENCES projects(id),
        stage_id      INTEGER REFERENCES project_stages(id),
        hours         REAL NOT NULL,
        credits       REAL NOT NULL,
        evidence      TEXT NOT NULL DEFAULT '',
        reverses      INTEGER REFERENCES ledger(id),
        created_at    TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );
    CREATE INDEX ledger_teacher_year ON ledger(teacher_id, year);
    CREATE INDEX ledger_year ON ledger(year);
    CREATE INDEX ledger_project ON ledger(project_id);

    CREATE TABLE certificates (           -- 结业证书
        id            INTEGER PRIMARY KEY,
        number        TEXT NOT NULL UNIQUE,
        project_id    INTEGER NOT NULL REFERENCES projects(id),
        enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),
        teacher_id    INTEGER NOT NULL REFERENCES teachers(id),
        hours         REAL NOT NULL,
        result        TEXT NOT NULL,
        issued_on     TEXT NOT NULL,
        signed_text   TEXT NOT NULL DEFAULT '',
        revoked_at    TEXT,
        revoke_reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX certificates_project ON certificates(project_id);

    CREATE TABLE certificate_prints (     -- every print and reprint
        id             INTEGER PRIMARY KEY,
        certificate_id INTEGER NOT NULL REFERENCES certificates(id),
        printed_at     TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
        reprint        INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE signing_keys (           -- the office's Ed25519 key; the private half never leaves
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        private_key BLOB NOT NULL,
        public_key  BLOB NOT NULL,
        created_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );

    CREATE TABLE packets (                -- 提交包 written
        id          INTEGER PRIMARY KEY,
        packet_uuid TEXT NOT NULL UNIQUE,
        project_id  INTEGER REFERENCES projects(id),
        year        INTEGER NOT NULL,
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        counts      TEXT NOT NULL DEFAULT '{}',
        created_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
    );

    CREATE TABLE audit_log (              -- who changed what, and when
        id         INTEGER PRIMARY KEY,
        at         TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id     INTEGER,
        detail     TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
    """,
    # 2: a covering index for the per-teacher totals behind compliance (学分达标) and the ledger card:
    # summing a teacher's year or cycle reads the index only, never the table (city scale in < 1 s).
    # It starts with (teacher_id, year), so the old index of that prefix goes.
    """
    CREATE INDEX ledger_teacher_totals ON ledger(teacher_id, year, hours, credits);
    DROP INDEX ledger_teacher_year;
    """,
    _checks_as_comparisons,
    # 4: the projects each packet holds, so a year packet (年度包) counts for 归档 of every project in it.
    # Packets made before: a project packet holds its project; a year packet, the projects of its year
    # that existed when it was made.
    """
    CREATE TABLE packet_projects (
        packet_id  INTEGER NOT NULL REFERENCES packets(id) ON DELETE CASCADE,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        PRIMARY KEY (project_id, packet_id)
    );
    INSERT INTO packet_projects (packet_id, project_id) SELECT id, project_id FROM packets
        WHERE project_id IS NOT NULL;
    INSERT INTO packet_projects (packet_id, project_id) SELECT k.id, p.id FROM packets k
        JOIN projects p ON p.year = k.year AND p.created_at <= k.created_at WHERE k.project_id IS NULL;
    """,
    # 5: the default 证书编号 dropped {year}, which a project's code already starts with (2026431028
    # 2026-01-0001 became 431028-2026-01-0001). An office that issued numbers under the old default
    # keeps it, so its numbering does not change in the middle of a series.
    """
    INSERT OR IGNORE INTO settings (key, value)
        SELECT 'certificate_number_pattern', '"{year}{county}{project}-{seq:04}"'
        WHERE EXISTS (SELECT 1 FROM certificates);
    """,
    _seal_into_database,
    # 7: the postings of teachers who left before leaving ended them (see above).
    CLOSE_POSTINGS_OF_LEAVERS,
]

SCHEMA_VERSION = len(MIGRATIONS)
