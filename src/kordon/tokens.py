"""API tokens: created once, stored only as SHA-256 hashes, checked in constant time.

The ``tokens`` table comes with migration 0006.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Boolean, DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .errors import KordonError, NotFoundError
from .store import Base, Store

_NAME = re.compile(r"[\w.@-]{1,100}")


class TokenRow(Base):
    """A named API token; only the SHA-256 of its secret is kept."""

    __tablename__ = "tokens"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What ``kordon token list`` shows: never the secret, never its hash."""

    name: str
    created_at: dt.datetime
    revoked: bool


def digest(token: str) -> str:
    """The SHA-256 hex digest of a token, as stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(store: Store, name: str) -> str:
    """A new token named ``name``; returns the secret, which is not stored and cannot be shown again.

    A revoked token's name may be reused; an active one's may not.
    """
    if not _NAME.fullmatch(name):
        raise KordonError(f"token name {name!r}: use 1-100 letters, digits, '.', '_', '@' or '-'")
    secret = "kdn_" + secrets.token_urlsafe(32)
    now = dt.datetime.now(dt.UTC)
    with Session(store.engine) as s, s.begin():
        row = s.scalar(select(TokenRow).where(TokenRow.name == name))
        if row is not None and not row.revoked:
            raise KordonError(f"a token named {name!r} exists; revoke it first")
        if row is None:
            s.add(TokenRow(name=name, hash=digest(secret), created_at=now, revoked=False))
        else:
            row.hash, row.created_at, row.revoked = digest(secret), now, False
    return secret


def verify(store: Store, token: str) -> str | None:
    """The name of the active token ``token``, else ``None`` (compared in constant time)."""
    if not token:
        return None
    wanted = digest(token)
    with Session(store.engine) as s:
        rows = s.execute(select(TokenRow.name, TokenRow.hash).where(TokenRow.revoked.is_(False))).all()
    found = None
    for name, stored in rows:
        if hmac.compare_digest(stored, wanted):
            found = name
    return found


def list_tokens(store: Store) -> list[TokenInfo]:
    """Every token, oldest first."""
    with Session(store.engine) as s:
        rows = s.execute(
            select(TokenRow.name, TokenRow.created_at, TokenRow.revoked).order_by(TokenRow.created_at)
        ).all()
    return [TokenInfo(name, created, bool(revoked)) for name, created, revoked in rows]


def revoke(store: Store, name: str) -> None:
    """Revoke the token ``name``; it stops working at once."""
    with Session(store.engine) as s, s.begin():
        row = s.scalar(select(TokenRow).where(TokenRow.name == name))
        if row is None:
            raise NotFoundError(f"no token named {name!r} in {store.url}")
        row.revoked = True
