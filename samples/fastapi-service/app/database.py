"""The database engine with the seed's pool settings (pool size, overflow, pre-ping, recycle) and a session per request."""

from collections.abc import Iterator

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings


def create(settings: Settings) -> Engine:
    if settings.database_url.startswith("sqlite"):
        return create_engine(settings.database_url, echo=settings.sqlalchemy_echo, connect_args={"check_same_thread": False})
    return create_engine(
        settings.database_url,
        echo=settings.sqlalchemy_echo,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout,
        pool_recycle=settings.db_pool_recycle,
        pool_pre_ping=settings.db_pool_pre_ping,
    )


class Sessions:
    """Hands out one session per request."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(bind=engine, autoflush=False, future=True)

    def __call__(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
        finally:
            session.close()
