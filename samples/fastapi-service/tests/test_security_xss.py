"""XSS: markup is stored as text and only ever returned as JSON, with headers that keep browsers from rendering it."""

import pytest
from fastapi.testclient import TestClient

pytestmark = [pytest.mark.security, pytest.mark.xss]

MARKUP = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "<iframe src=\"https://attacker.example.net\"></iframe>",
    "\"><script>document.cookie</script>",
]
ORDER = {"customer": "Ada", "item": "keyboard", "quantity": 1}


@pytest.mark.parametrize("markup", MARKUP)
def test_markup_in_a_name_comes_back_as_json_text(client: TestClient, writer: dict[str, str], markup: str) -> None:
    created = client.post("/api/orders", json=ORDER | {"customer": markup}, headers=writer)
    read = client.get(f"/api/orders/{created.json()['id']}", headers=writer)
    assert read.headers["content-type"] == "application/json"
    assert read.json()["customer"] == markup
    assert read.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("markup", MARKUP)
def test_markup_in_an_error_is_not_served_as_html(client: TestClient, writer: dict[str, str], markup: str) -> None:
    response = client.get("/api/orders", params={"limit": markup}, headers=writer)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
