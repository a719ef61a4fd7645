using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>What the source says about running the service, read without importing it: the ASGI app uvicorn serves,
/// and whether a rate limiter is wired in ("Rate limiting" decided without a run).</summary>
public sealed class PythonAppTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-python-app-");

    public PythonAppTests() => Write("pyproject.toml", "[project]\nname = \"svc\"\n");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private PythonProject Project => PythonProject.Detect(Root)!;

    private Task<CheckResult> RateLimit() => CheckRuns.RunAsync(new RateLimitWiringCheck("."), Items.Security.RateLimiting, Root);

    [Fact]
    public void The_app_is_the_one_the_dockerfile_serves_else_the_module_level_fastapi_object()
    {
        Write("svc/__init__.py", string.Empty);
        Write("svc/main.py", "from fastapi import FastAPI\n\napi: FastAPI = FastAPI(title='svc')\n");
        Write("tests/test_app.py", "app = FastAPI()\n");

        var fromSource = PythonApp.Find(Project, "artifacts/readiness");
        Write("Dockerfile", "FROM debian:12\nCMD [\"uvicorn\", \"svc.asgi:application\", \"--host\", \"0.0.0.0\"]\n");
        var fromDockerfile = PythonApp.Find(Project, "artifacts/readiness");
        Write("Dockerfile", "FROM debian:12\nCMD [\"sh\", \"-c\", \"uvicorn ${APP_MODULE}:app\"]\n");
        var unresolved = PythonApp.Find(Project, "artifacts/readiness");

        Assert.Equal(("svc.main:api", "svc.asgi:application", "svc.main:api"), (fromSource, fromDockerfile, unresolved));
    }

    [Fact]
    public async Task A_slowapi_limiter_on_the_app_passes_at_its_line()
    {
        Write("svc/main.py", "from slowapi import Limiter\n# app.state.limiter = commented out\nlimiter = Limiter(key_func=get_remote_address)\napp.state.limiter = limiter\n");

        var result = await RateLimit();

        Assert.Equal((CheckStatus.Passed, "SlowAPI limits the app at svc/main.py(4) (read from the source; the service was not run)"), (result.Status, result.Summary));
    }

    [Fact]
    public async Task A_limits_strategy_in_a_middleware_passes()
    {
        Write("svc/limiter.py", "from limits.strategies import MovingWindowRateLimiter\n\nLIMITER = MovingWindowRateLimiter(storage)\n");

        Assert.Equal(CheckStatus.Passed, (await RateLimit()).Status);
    }

    [Fact]
    public async Task A_limiter_that_is_never_wired_or_none_at_all_fails()
    {
        Write("svc/main.py", "from slowapi import Limiter\nlimiter = Limiter(key_func=get_remote_address)\n");
        Write("tests/test_limits.py", "app.state.limiter = limiter\n");

        var unwired = await RateLimit();
        File.Delete(Path.Combine(Root, "svc", "main.py"));
        var none = await RateLimit();

        Assert.Equal(CheckStatus.Failed, unwired.Status);
        Assert.Contains("svc/main.py creates a SlowAPI Limiter but never wires it", unwired.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, none.Status);
        Assert.StartsWith("no rate limiter is wired into the app", none.Summary, StringComparison.Ordinal);
    }
}
