using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>Debug endpoints decided statically (issue 17): FastAPI serves its docs by default, so an app that never
/// sets them to None fails without being run; one that disables them passes; per-environment expressions are left
/// to the running-service probe.</summary>
public sealed class FastApiDocsCheckTests : IDisposable
{
    private readonly PythonProjectFolder _project = new();

    public void Dispose() => _project.Dispose();

    private Task<CheckResult> Decide() => CheckRuns.RunAsync(new FastApiDocsCheck(), Items.Security.NoDebugEndpoints, _project.Root);

    [Fact]
    public async Task Default_docs_fail_and_disabled_docs_pass()
    {
        _project.Write("svc/__init__.py", "");
        _project.Write("svc/main.py", "from fastapi import FastAPI\n\n# app = FastAPI(docs_url=None)\napp = FastAPI(\n    title=\"svc\",\n    lifespan=None,\n)\n");

        var served = await Decide();

        Assert.Equal(CheckStatus.Failed, served.Status);
        Assert.StartsWith("FastAPI(...) at svc/main.py(4) serves /docs (FastAPI's default), /redoc (FastAPI's default), /openapi.json (FastAPI's default)", served.Summary, StringComparison.Ordinal);

        _project.Write("svc/main.py", "from fastapi import FastAPI\n\napp = FastAPI(title=\"svc\", openapi_url=None)\n");
        Assert.Equal(CheckStatus.Passed, (await Decide()).Status);

        _project.Write("svc/main.py", "from fastapi import FastAPI\n\ndocs = False\napp = FastAPI(docs_url=\"/docs\" if docs else None, redoc_url=None, openapi_url=\"/openapi.json\" if docs else None)\n");
        Assert.Equal(CheckStatus.NotApplicable, (await Decide()).Status);
    }
}
