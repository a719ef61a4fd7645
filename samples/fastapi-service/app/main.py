"""The application: JSON logs with X-Request-ID, metrics, security headers, rate limiting, CORS, health and the API."""

import logging
import time
import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from app import database, logs
from app.api import orders
from app.config import Settings
from app.config import settings as environment_settings
from app.limiter import Limiter

REQUESTS = Counter("http_requests_total", "HTTP requests", ["method", "path", "status"])
LATENCY = Histogram("http_request_duration_seconds", "HTTP request latency", ["method", "path"])
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
}

log = logging.getLogger("app")


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or environment_settings
    bound: Engine = engine or database.create(settings)
    limiter = Limiter(settings.rate_limit_per_minute)
    docs = settings.expose_docs
    app = FastAPI(
        title="fastapi-service",
        version="1.0.0",
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
    )

    @app.middleware("http")
    async def observe(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        rid = request.headers.get("X-Request-ID") or str(uuid.uuid4())
        token = logs.request_id.set(rid)
        started = time.perf_counter()
        try:
            client = request.client.host if request.client else "unknown"
            if request.url.path.startswith("/api/") and not limiter.hit(client):
                response: Response = JSONResponse({"detail": "rate limit exceeded"}, status_code=429, headers={"Retry-After": "60"})
            else:
                response = await call_next(request)
            route = request.scope.get("route")
            path = getattr(route, "path", "unmatched")
            REQUESTS.labels(request.method, path, str(response.status_code)).inc()
            LATENCY.labels(request.method, path).observe(time.perf_counter() - started)
            response.headers["X-Request-ID"] = rid
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            log.info("request", extra={"method": request.method, "path": request.url.path, "status": response.status_code})
            return response
        finally:
            logs.request_id.reset(token)

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/health/ready", include_in_schema=False)
    def ready() -> dict[str, str]:
        with bound.connect() as connection:
            connection.execute(text("SELECT 1"))
        return {"status": "ready"}

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(orders.router(settings, database.Sessions(bound)))
    return app
