"""The case store's tables, as typed SQLAlchemy 2 mappings.

The migrations in :mod:`countersight.store.migrations` create exactly these tables; a test compares
the two. Times are stored as UTC and always read back timezone-aware (:class:`UTCDateTime`), so a
row hashes the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ROLES = ("reporter", "analyst", "admin")
STATUSES = ("new", "triaged", "decided")
DECISIONS = ("benign", "suspicious", "hostile")
TLPS = ("clear", "green", "amber", "amber+strict", "red")
GENESIS_HASH = "0" * 64


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite keeps no zone: it is added back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the case store; use UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of the case store."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, dict[str, Any]: JSON}


class User(Base):
    """A person who logs in: a reporter, an analyst or an admin, known to analysts by pseudonym."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    pseudonym: Mapped[str] = mapped_column(String(32), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class ApiToken(Base):
    """A bearer token: only its SHA-256 is stored, with a short prefix to tell tokens apart."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class LoginAttempt(Base):
    """One login attempt, for throttling: the SHA-256 of the name given, never the name itself."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_name_at", "name_hash", "at"),
        Index("ix_login_attempts_source_at", "source", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(String(64))
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime]


class Report(Base):
    """One reported approach with its assessment, triage state and decision.

    ``idempotency_key`` is unique per reporter: a client that retries a submission with the same
    key gets the report committed the first time.
    """

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("reporter_id", "idempotency_key", name="uq_reports_reporter_key"),
        Index("ix_reports_score", "score", "created_at"),
        Index("ix_reports_created", "created_at"),
        Index("ix_reports_status_score", "status", "score"),
        Index("ix_reports_status_created", "status", "created_at"),
        Index("ix_reports_band_score", "band", "score"),
        Index("ix_reports_sector_created", "sector", "created_at"),
        Index("ix_reports_reporter_created", "reporter_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(128))
    approach: Mapped[dict[str, Any]]
    assessment: Mapped[dict[str, Any]]
    score: Mapped[float] = mapped_column(Float)
    band: Mapped[str] = mapped_column(String(8))
    sector: Mapped[str | None] = mapped_column(String(100))
    sender: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="new")
    decision: Mapped[str | None] = mapped_column(String(16))
    tlp: Mapped[str] = mapped_column(String(16), default="amber")
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]

    indicators: Mapped[list[ReportIndicator]] = relationship(
        cascade="all, delete-orphan", lazy="raise"
    )


class ReportIndicator(Base):
    """One indicator code that fired on a report (for counts by indicator)."""

    __tablename__ = "report_indicators"

    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class Note(Base):
    """An analyst's note on a report."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class Decision(Base):
    """One decision taken on a report (the report keeps the latest; this keeps them all)."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    analyst_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decision: Mapped[str] = mapped_column(String(16))
    tlp: Mapped[str] = mapped_column(String(16))
    decided_at: Mapped[datetime]


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log.

    ``hash`` is the SHA-256 of the canonical JSON of the other fields, ``prev_hash`` included, so
    changing, removing or reordering any entry breaks every hash after it.
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object: Mapped[str] = mapped_column(String(100), index=True)
    detail: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row naming the last audit entry; locking it serialises appends to the chain."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
