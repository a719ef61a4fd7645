"""Authentication and authorisation: RS256 tokens of the configured issuer and audience only, roles per action, and
tenants that never see each other's orders."""

import base64
import hashlib
import hmac
import json
import time

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import AUDIENCE, ISSUER, OTHER_KEY, PUBLIC_PEM, bearer, token

pytestmark = [pytest.mark.security, pytest.mark.auth]

ORDER = {"customer": "Ada", "item": "keyboard", "quantity": 1}
PROTECTED = [("GET", "/api/orders"), ("POST", "/api/orders"), ("GET", "/api/orders/1"), ("DELETE", "/api/orders/1")]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
def test_auth_a_request_without_a_token_is_refused(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, json=ORDER if method == "POST" else None)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "header",
    ["Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer not-a-jwt", "Token abc", "bearer a.b.c"],
)
def test_auth_a_malformed_authorization_header_is_refused(client: TestClient, header: str) -> None:
    assert client.get("/api/orders", headers={"Authorization": header}).status_code == 401


@pytest.mark.parametrize(
    "claims",
    [
        {"exp": int(time.time()) - 60},
        {"iss": "https://attacker.example.net"},
        {"aud": "another-service"},
        {"sub": None},
        {"tenant": None},
        {"tenant": ""},
        {"tenant": 7},
        {"exp": None},
    ],
)
def test_auth_a_token_with_bad_claims_is_refused(client: TestClient, claims: dict[str, object]) -> None:
    assert client.get("/api/orders", headers=bearer(token(**claims))).status_code == 401


def test_auth_a_token_signed_by_another_key_is_refused(client: TestClient) -> None:
    assert client.get("/api/orders", headers=bearer(token(key=OTHER_KEY))).status_code == 401


def test_auth_an_unsigned_token_is_refused(client: TestClient) -> None:
    unsigned = jwt.encode({"sub": "x", "tenant": "tenant-a", "roles": ["admin"]}, key=None, algorithm="none")
    assert client.get("/api/orders", headers=bearer(unsigned)).status_code == 401


def test_auth_hs256_signed_with_the_public_key_is_refused(client: TestClient) -> None:
    now = int(time.time())
    claims = {"sub": "x", "tenant": "tenant-a", "roles": ["admin"], "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 60}
    assert client.get("/api/orders", headers=bearer(_hmac_token(claims, PUBLIC_PEM.encode()))).status_code == 401


def _hmac_token(claims: dict[str, object], secret: bytes) -> str:
    """An HS256 token keyed with the public key: the algorithm-confusion attack PyJWT itself refuses to sign."""

    def part(value: bytes) -> str:
        return base64.urlsafe_b64encode(value).rstrip(b"=").decode()

    signing_input = part(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + part(json.dumps(claims).encode())
    return signing_input + "." + part(hmac.new(secret, signing_input.encode(), hashlib.sha256).digest())


def test_auth_a_reader_cannot_create(client: TestClient) -> None:
    assert client.post("/api/orders", json=ORDER, headers=bearer(token(roles=("orders:read",)))).status_code == 403


def test_auth_a_caller_without_roles_cannot_list(client: TestClient) -> None:
    assert client.get("/api/orders", headers=bearer(token(roles=()))).status_code == 403


def test_auth_a_writer_cannot_delete(client: TestClient, writer: dict[str, str]) -> None:
    order_id = client.post("/api/orders", json=ORDER, headers=writer).json()["id"]
    assert client.delete(f"/api/orders/{order_id}", headers=writer).status_code == 403


def test_auth_an_admin_may_do_everything(client: TestClient) -> None:
    admin = bearer(token(roles=("admin",)))
    order_id = client.post("/api/orders", json=ORDER, headers=admin).json()["id"]
    assert client.get(f"/api/orders/{order_id}", headers=admin).status_code == 200
    assert client.delete(f"/api/orders/{order_id}", headers=admin).status_code == 204


def test_auth_another_tenant_cannot_read_an_order(client: TestClient, writer: dict[str, str]) -> None:
    order_id = client.post("/api/orders", json=ORDER, headers=writer).json()["id"]
    assert client.get(f"/api/orders/{order_id}", headers=bearer(token(tenant="tenant-b"))).status_code == 404


def test_auth_another_tenant_cannot_delete_an_order(client: TestClient, writer: dict[str, str]) -> None:
    order_id = client.post("/api/orders", json=ORDER, headers=writer).json()["id"]
    assert client.delete(f"/api/orders/{order_id}", headers=bearer(token(tenant="tenant-b", roles=("admin",)))).status_code == 404


def test_auth_another_tenant_lists_none_of_the_orders(client: TestClient, writer: dict[str, str]) -> None:
    client.post("/api/orders", json=ORDER, headers=writer)
    assert client.get("/api/orders", headers=bearer(token(tenant="tenant-b"))).json() == []


def test_auth_an_order_belongs_to_the_callers_tenant_whatever_the_body_says(client: TestClient, writer: dict[str, str]) -> None:
    created = client.post("/api/orders", json=ORDER | {"tenant_id": "tenant-b"}, headers=writer)
    assert created.json()["tenant_id"] == "tenant-a"


def test_auth_health_and_metrics_need_no_token(client: TestClient) -> None:
    assert client.get("/health").status_code == 200
    assert client.get("/metrics").status_code == 200
