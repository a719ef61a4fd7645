namespace Pipeline.Readiness.Tests.Checks.Runtime;

/// <summary>A small HTTP service for the probe tests, run by the system python (stdlib only): JSON request logs with
/// the request id, <c>X-Request-ID</c> echo, <c>/health</c>, Prometheus <c>/metrics</c>, a protected
/// <c>/api/orders</c>, a rate limiter on <c>/api/</c>. Each behaviour the probes look for can be broken through an
/// environment variable, one at a time. (The reference ASP.NET Core service of issue 8 is the real target; this
/// service lets the probes be tested against a real process and real HTTP without building one.)</summary>
internal static class ProbeService
{
    public const string Script = """
        import json, os, sys, threading, time
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        LOG_JSON = os.environ.get("LOG_FORMAT", "json") == "json"
        DOCS = os.environ.get("DOCS") == "on"
        CORS_ALL = os.environ.get("CORS") == "*"
        LIMIT = int(os.environ.get("RATE_LIMIT", "50"))
        AUTH = os.environ.get("AUTH", "on") == "on"
        hits = {"count": 0, "window": time.time()}
        requests_total = {"value": 0}
        output = threading.Lock()


        def log(line):
            with output:  # one whole line at a time: handler threads must not interleave
                sys.stdout.write(line + "\n")
                sys.stdout.flush()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self, status, body=b"", content_type="text/plain", headers=None):
                request_id = self.headers.get("X-Request-ID", "generated")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("X-Request-ID", request_id)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
                requests_total["value"] += 1
                if LOG_JSON:
                    log(json.dumps({"level": "info", "path": self.path, "status": status, "request_id": request_id}))
                else:
                    log(f"INFO {self.path} {status} {request_id}")

            def do_OPTIONS(self):
                self.answer(204, headers={"Access-Control-Allow-Origin": "*"} if CORS_ALL else {})

            def do_GET(self):
                if self.path.startswith("/api/"):
                    now = time.time()
                    if now - hits["window"] > 10:
                        hits["count"], hits["window"] = 0, now
                    hits["count"] += 1
                    if LIMIT and hits["count"] > LIMIT:
                        return self.answer(429)
                    auth = self.headers.get("Authorization", "")
                    if AUTH and auth != "Bearer valid-test-token":
                        return self.answer(401)
                    return self.answer(200, b"[]", "application/json")
                if self.path == "/health":
                    return self.answer(200, b"ok")
                if self.path == "/metrics":
                    text = "# HELP http_requests_total Requests.\n# TYPE http_requests_total counter\nhttp_requests_total %d\n" % requests_total["value"]
                    return self.answer(200, text.encode(), "text/plain; version=0.0.4")
                if DOCS and self.path in ("/docs", "/openapi.json"):
                    return self.answer(200, b"{}", "application/json")
                return self.answer(404)

        log(json.dumps({"level": "info", "message": "starting"}) if LOG_JSON else "starting")
        ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
        """;
}
