"""The service's one table: orders, each owned by a tenant."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import declarative_base

Base: Any = declarative_base()  # SQLAlchemy 1.4 has no typed declarative base


def _now() -> datetime:
    return datetime.now(UTC)


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
    tenant_id = Column(String(64), nullable=False, index=True)
    customer = Column(String(200), nullable=False)
    item = Column(String(200), nullable=False)
    quantity = Column(Integer, nullable=False)
    note = Column(String(1000), nullable=False, default="")
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
