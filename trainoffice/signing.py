"""The office's Ed25519 signing key (电子签名密钥): certificates' QR codes and packets are signed with it.

One key per database, created on first use and kept in ``signing_keys``. The private half never
leaves the database: there is no function that returns it. The public key travels in every packet
and is shown, with its fingerprint, so the city centre can check it against the one it has on file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from trainoffice import audit
from trainoffice.db import Database
from trainoffice.errors import TrainOfficeError
from trainoffice.settings import Settings
from trainoffice.text import translate


class PublicKeyError(TrainOfficeError):
    """A public key given by the user cannot be read."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    text = text.strip()
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte public key, as 16 groups of 4 hex digits (read aloud on the phone)."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def key_file_text(public_key: bytes, settings: Settings) -> str:
    """The public key as a small text file (public_key.txt in packets, 导出公钥 for the city centre), naming
    whose key it is; ``parse_public_key`` reads it back (the office's lines are comments to it)."""
    return ("# TrainOffice 单位签名公钥：核验 manifest.sig 和证书二维码（请与报备的指纹核对）\n"
            f"# 单位：{settings.get('office_name')}\n"
            f"# 县区：{settings.get('county_name')}（县区代码 {settings.get('county_code')}）\n"
            f"public_key: {b64url(public_key)}\nfingerprint: {fingerprint(public_key)}\n")


def parse_public_key(text: str) -> bytes:
    """A public key as the user pastes it: base64url (as ``key show`` prints), hex, or a file holding either."""
    candidate = text.strip()
    if len(candidate) < 200 and Path(candidate).is_file():
        lines = [line.strip() for line in Path(candidate).read_text(encoding="utf-8").splitlines()]
        candidate = next((line.split(":", 1)[-1].strip() for line in lines
                          if line and not line.lower().startswith(("fingerprint", "指纹", "#"))), "")
    raw = b""
    try:
        raw = bytes.fromhex(candidate) if len(candidate) == 64 else b64url_decode(candidate)
    except (ValueError, binascii.Error):
        pass
    if len(raw) != 32:
        raise PublicKeyError(translate("signing", "公钥格式不对：应为 43 个字符的 base64url 文本（trainoffice key show 显示的“公钥”），"
                                       "或 64 位十六进制。"))
    return raw


def verify(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True only when ``signature`` is the key's Ed25519 signature of ``message``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


class Signer:
    """The office key over one database. ``sign`` creates the key the first time it is needed."""

    def __init__(self, database: Database):
        self._database = database
        self._conn = database.conn
        self._private: Ed25519PrivateKey | None = None

    def exists(self) -> bool:
        return self._conn.execute("SELECT 1 FROM signing_keys WHERE id = 1").fetchone() is not None

    def ensure(self) -> None:
        """Create the office key if this database has none yet (once; never replaced)."""
        if self._private is not None:
            return
        row = self._conn.execute("SELECT private_key FROM signing_keys WHERE id = 1").fetchone()
        if row is None:
            key = Ed25519PrivateKey.generate()
            private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            with self._database.atomic():
                self._conn.execute("INSERT INTO signing_keys (id, private_key, public_key) VALUES (1, ?, ?)",
                                   (private, public))
                audit.record(self._conn, "create", "signing_keys", 1, fingerprint=fingerprint(public))
            self._private = key
        else:
            self._private = Ed25519PrivateKey.from_private_bytes(bytes(row[0]))

    @property
    def public_key(self) -> bytes:
        self.ensure()
        assert self._private is not None
        return self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def public_key_text(self) -> str:
        return b64url(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> bytes:
        self.ensure()
        assert self._private is not None
        return self._private.sign(message)
