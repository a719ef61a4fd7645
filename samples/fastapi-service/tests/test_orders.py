"""The API's behaviour for its callers: create, list, search, read and delete orders of their own tenant."""

from fastapi.testclient import TestClient

from tests.conftest import bearer, token

ORDER = {"customer": "Ada", "item": "keyboard", "quantity": 2, "note": "gift"}


def test_an_order_is_created_and_read_back(client: TestClient, writer: dict[str, str]) -> None:
    created = client.post("/api/orders", json=ORDER, headers=writer)
    assert created.status_code == 201
    read = client.get(f"/api/orders/{created.json()['id']}", headers=writer)
    assert read.json()["customer"] == "Ada"


def test_orders_are_listed_in_order(client: TestClient, writer: dict[str, str]) -> None:
    for item in ("a", "b", "c"):
        client.post("/api/orders", json=ORDER | {"item": item}, headers=writer)
    assert [o["item"] for o in client.get("/api/orders", headers=writer).json()] == ["a", "b", "c"]


def test_orders_are_filtered_by_customer(client: TestClient, writer: dict[str, str]) -> None:
    client.post("/api/orders", json=ORDER, headers=writer)
    client.post("/api/orders", json=ORDER | {"customer": "Grace"}, headers=writer)
    assert [o["customer"] for o in client.get("/api/orders", params={"customer": "Grace"}, headers=writer).json()] == ["Grace"]


def test_orders_are_searched_by_item(client: TestClient, writer: dict[str, str]) -> None:
    client.post("/api/orders", json=ORDER | {"item": "mechanical keyboard"}, headers=writer)
    client.post("/api/orders", json=ORDER | {"item": "mouse"}, headers=writer)
    assert len(client.get("/api/orders", params={"search": "keyboard"}, headers=writer).json()) == 1


def test_the_limit_bounds_the_list(client: TestClient, writer: dict[str, str]) -> None:
    for _ in range(3):
        client.post("/api/orders", json=ORDER, headers=writer)
    assert len(client.get("/api/orders", params={"limit": 2}, headers=writer).json()) == 2


def test_an_admin_deletes_an_order(client: TestClient, writer: dict[str, str]) -> None:
    order_id = client.post("/api/orders", json=ORDER, headers=writer).json()["id"]
    admin = bearer(token(roles=("admin",)))
    assert client.delete(f"/api/orders/{order_id}", headers=admin).status_code == 204
    assert client.get(f"/api/orders/{order_id}", headers=writer).status_code == 404


def test_invalid_quantities_are_refused(client: TestClient, writer: dict[str, str]) -> None:
    assert client.post("/api/orders", json=ORDER | {"quantity": 0}, headers=writer).status_code == 422


def test_an_unknown_order_is_not_found(client: TestClient, writer: dict[str, str]) -> None:
    assert client.get("/api/orders/999", headers=writer).status_code == 404


def test_health_metrics_and_request_ids(client: TestClient, writer: dict[str, str]) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/health/ready").json() == {"status": "ready"}
    client.get("/api/orders", headers=writer)
    assert "http_requests_total" in client.get("/metrics").text
    assert client.get("/health", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"


def test_docs_are_off_unless_exposed(client_factory) -> None:  # type: ignore[no-untyped-def]
    assert client_factory().get("/docs").status_code == 404
    assert client_factory(expose_docs=True).get("/openapi.json").status_code == 200


def test_rate_limiting_answers_429(client_factory) -> None:  # type: ignore[no-untyped-def]
    limited = client_factory(rate_limit_per_minute=3)
    headers = bearer(token())
    statuses = [limited.get("/api/orders", headers=headers).status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429]


def test_cors_allows_only_the_configured_origins(client: TestClient) -> None:
    allowed = client.options("/api/orders", headers={"Origin": "https://orders.example.com", "Access-Control-Request-Method": "GET"})
    foreign = client.options("/api/orders", headers={"Origin": "https://attacker.example.net", "Access-Control-Request-Method": "GET"})
    assert allowed.headers.get("access-control-allow-origin") == "https://orders.example.com"
    assert "access-control-allow-origin" not in foreign.headers
