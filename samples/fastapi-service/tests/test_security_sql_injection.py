"""SQL injection: every input reaches the database as a bound parameter, so payloads match nothing and are stored verbatim."""

import pytest
from fastapi.testclient import TestClient

pytestmark = [pytest.mark.security, pytest.mark.sql_injection]

PAYLOADS = [
    "' OR '1'='1",
    "' OR 1=1 --",
    "'; DROP TABLE orders; --",
    "\" OR \"\"=\"",
    "' UNION SELECT id, tenant_id, customer, item, quantity, note, created_at FROM orders --",
    "1; UPDATE orders SET tenant_id='tenant-b'",
    "' AND SLEEP(5) --",
    "admin'/*",
]
ORDER = {"customer": "Ada", "item": "keyboard", "quantity": 1}


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_in_the_customer_filter_matches_nothing(client: TestClient, writer: dict[str, str], payload: str) -> None:
    client.post("/api/orders", json=ORDER, headers=writer)
    response = client.get("/api/orders", params={"customer": payload}, headers=writer)
    assert response.status_code == 200
    assert response.json() == []
    assert len(client.get("/api/orders", headers=writer).json()) == 1


@pytest.mark.parametrize("payload", PAYLOADS[:4])
def test_a_payload_is_stored_and_returned_verbatim(client: TestClient, writer: dict[str, str], payload: str) -> None:
    created = client.post("/api/orders", json=ORDER | {"customer": payload, "note": payload}, headers=writer)
    assert created.status_code == 201
    assert client.get(f"/api/orders/{created.json()['id']}", headers=writer).json()["customer"] == payload


@pytest.mark.parametrize("wildcard", ["%", "_"])
def test_like_wildcards_in_search_are_literal(client: TestClient, writer: dict[str, str], wildcard: str) -> None:
    client.post("/api/orders", json=ORDER, headers=writer)
    assert client.get("/api/orders", params={"search": wildcard}, headers=writer).json() == []


@pytest.mark.parametrize("path", ["/api/orders/1 OR 1=1", "/api/orders/1;DROP TABLE orders"])
def test_a_payload_in_the_path_is_refused_as_no_number(client: TestClient, writer: dict[str, str], path: str) -> None:
    assert client.get(path, headers=writer).status_code == 422
