"""The audit log (操作记录): who changed what, and when. Written inside the change's own transaction."""

from __future__ import annotations

import getpass
import json
import sqlite3
from typing import Any


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account): still record the change
        return "unknown"


def record(conn: sqlite3.Connection, action: str, table: str, row_id: int | None, **detail: Any) -> None:
    conn.execute(
        "INSERT INTO audit_log (actor, action, table_name, row_id, detail) VALUES (?, ?, ?, ?, ?)",
        (current_user(), action, table, row_id, json.dumps(detail, ensure_ascii=False, default=str)),
    )
