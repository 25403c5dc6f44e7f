"""Typed errors the core raises. Each carries a message a user can act on (Chinese first)."""

from __future__ import annotations


class TrainOfficeError(Exception):
    """Base of every error that is the user's to fix, not a bug."""


class DatabaseError(TrainOfficeError):
    """The database file cannot be used as it is."""


class NotADatabase(DatabaseError):
    """The file is not a TrainOffice (SQLite) database, or it is damaged."""


class FileTooNew(DatabaseError):
    """The database was written by a newer TrainOffice (Anki's FileTooNew)."""


class DatabaseInUse(DatabaseError):
    """Another TrainOffice holds the file open for writing."""


class DatabaseNotFound(DatabaseError):
    """The database file, or the folder it should be in, is not there (a typo, a USB stick pulled out)."""


class DiskFull(DatabaseError):
    """The disk the database is on is full (SQLITE_FULL): the change was rolled back, nothing was written."""


class DatabaseReadOnly(DatabaseError):
    """The file or its folder cannot be written: a read-only file, a write-protected USB stick or share."""


class ValidationError(TrainOfficeError):
    """A record is not valid; ``field`` names the field when one is to blame."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(TrainOfficeError):
    """The record asked for does not exist."""


class InUse(TrainOfficeError):
    """The record cannot be removed because other records depend on it."""


class Cancelled(TrainOfficeError):
    """The user cancelled a long job (Esc on the progress dialog); nothing was written."""
