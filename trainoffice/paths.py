"""Where the app keeps its files: the user's data folder (platformdirs), the default database, its automatic
backups and the log."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_data_path

from trainoffice.idnumber import PERSONAL_NUMBER

APP = "TrainOffice"


def data_dir() -> Path:
    path = user_data_path(APP, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "trainoffice.sqlite3"


def backup_dir() -> Path:
    """``backups/`` in the data folder: the copies kept when the app closes (trainoffice.backups)."""
    path = data_dir() / "backups"
    path.mkdir(exist_ok=True)
    return path


def log_file() -> Path:
    return data_dir() / "trainoffice.log"


def redact(text: str) -> str:
    """18-character ID numbers (or 15-digit old ones) and 11-digit mobile numbers never reach the log."""
    return PERSONAL_NUMBER.sub(lambda m: m[0][:3] + "*" * (len(m[0]) - 3), text)


class RedactingFormatter(logging.Formatter):
    """Masks ID and phone numbers in every record, tracebacks included."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging() -> Path:
    """Log warnings and errors to a rotating file in the data folder; returns its path."""
    path = log_file()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
