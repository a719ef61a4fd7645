"""A test client over an in-memory SQLite database, an RSA key pair, and tokens for any tenant and roles."""

import time
from collections.abc import Callable, Iterator
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from app.config import Settings
from app.main import create_app
from app.models import Base

ISSUER = "https://login.example.com/fastapi-service"
AUDIENCE = "fastapi-service"
_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
PRIVATE_PEM = _KEY.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
PUBLIC_PEM = _KEY.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
OTHER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": "test",
        "database_url": "sqlite://",
        "jwt_public_key": PUBLIC_PEM,
        "auth_provider_issuer": ISSUER,
        "cors_allowed_origins": "https://orders.example.com",
        "rate_limit_per_minute": 1000,
    }
    values.update(overrides)
    return Settings(**values)


def token(tenant: str = "tenant-a", roles: tuple[str, ...] = ("orders:read", "orders:write"), key: Any = None, **claims: Any) -> str:
    now = int(time.time())
    payload: dict[str, Any] = {
        "sub": "user-1", "tenant": tenant, "roles": list(roles), "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 300,
    }
    payload.update(claims)
    payload = {k: v for k, v in payload.items() if v is not None}
    return jwt.encode(payload, key or PRIVATE_PEM, algorithm="RS256")


def bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


@pytest.fixture
def client_factory() -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
        Base.metadata.create_all(engine)
        client = TestClient(create_app(make_settings(**overrides), engine))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(client_factory: Callable[..., TestClient]) -> TestClient:
    return client_factory()


@pytest.fixture
def writer() -> dict[str, str]:
    return bearer(token())
