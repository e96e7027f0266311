"""The first case store: users, tokens, login attempts, reports, notes, decisions, audit log.

Revision ID: 0001
Revises:
Create Date: 2025-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64


def _time(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("pseudonym", sa.String(32), nullable=False, unique=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _time("created_at"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(16), nullable=False),
        _time("created_at"),
        _time("last_used_at", nullable=True),
        _time("revoked_at", nullable=True),
    )
    op.create_index("ix_api_tokens_user_id", "api_tokens", ["user_id"])
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.String(64), nullable=True),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        _time("at"),
    )
    op.create_index("ix_login_attempts_name_at", "login_attempts", ["name_hash", "at"])
    op.create_index("ix_login_attempts_source_at", "login_attempts", ["source", "at"])
    op.create_table(
        "reports",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("reporter_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("idempotency_key", sa.String(128), nullable=True),
        sa.Column("approach", sa.JSON(), nullable=False),
        sa.Column("assessment", sa.JSON(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("band", sa.String(8), nullable=False),
        sa.Column("sector", sa.String(100), nullable=True),
        sa.Column("sender", sa.String(200), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(16), nullable=True),
        sa.Column("tlp", sa.String(16), nullable=False),
        _time("created_at"),
        _time("decided_at", nullable=True),
        sa.UniqueConstraint("reporter_id", "idempotency_key", name="uq_reports_reporter_key"),
    )
    for name, columns in (
        ("ix_reports_score", ["score", "created_at"]),
        ("ix_reports_created", ["created_at"]),
        ("ix_reports_status_score", ["status", "score"]),
        ("ix_reports_status_created", ["status", "created_at"]),
        ("ix_reports_band_score", ["band", "score"]),
        ("ix_reports_sector_created", ["sector", "created_at"]),
        ("ix_reports_reporter_created", ["reporter_id", "created_at"]),
    ):
        op.create_index(name, "reports", columns)
    op.create_table(
        "report_indicators",
        sa.Column("report_id", sa.String(32), sa.ForeignKey("reports.id"), primary_key=True),
        sa.Column("code", sa.String(64), primary_key=True),
    )
    op.create_index("ix_report_indicators_code", "report_indicators", ["code"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("report_id", sa.String(32), sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("author_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _time("created_at"),
    )
    op.create_index("ix_notes_report_id", "notes", ["report_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("report_id", sa.String(32), sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("analyst_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("tlp", sa.String(16), nullable=False),
        _time("decided_at"),
    )
    op.create_index("ix_decisions_report_id", "decisions", ["report_id"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        _time("at"),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("object", sa.String(100), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_log_object", "audit_log", ["object"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS_HASH}])


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_log",
        "decisions",
        "notes",
        "report_indicators",
        "reports",
        "login_attempts",
        "api_tokens",
        "users",
    ):
        op.drop_table(table)
