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

    private const string Rules = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: oathkeeper-rules
        data:
          access-rules.yaml: |
            - id: "public:health"
              match:
                url: "http://<**>/health"
              authenticators:
                - handler: noop
              authorizer:
                handler: allow
            - id: "docs"
              match:
                url: "http://<**>/docs<**>"
              authenticators:
                - handler: {0}
              authorizer:
                handler: allow
        """;

    [Fact]
    public async Task An_auth_proxy_rule_that_makes_the_docs_public_is_named_and_one_that_authenticates_them_leaves_the_item_to_the_probe()
    {
        _project.Write("svc/__init__.py", "");
        _project.Write("svc/main.py", "from fastapi import FastAPI\n\napp = FastAPI(title=\"svc\", redoc_url=None, openapi_url=\"/docs/openapi.json\")\n");
        _project.Write("k8s/oathkeeper-rules.yaml", Rules.Replace("{0}", "noop", StringComparison.Ordinal));

        var open = await Decide();

        Assert.Equal(CheckStatus.Failed, open.Status);
        Assert.EndsWith("and the Oathkeeper rule 'docs' at k8s/oathkeeper-rules.yaml(14) lets anyone read them", open.Summary, StringComparison.Ordinal);
        Assert.Contains(open.Findings, f => (f.File, f.Line) == ("k8s/oathkeeper-rules.yaml", 14));

        _project.Write("k8s/oathkeeper-rules.yaml", Rules.Replace("{0}", "jwt", StringComparison.Ordinal));
        var protectedDocs = await Decide();

        Assert.Equal(CheckStatus.NotApplicable, protectedDocs.Status);
        Assert.Contains("behind the Oathkeeper rule 'docs' at k8s/oathkeeper-rules.yaml(14), which authenticates them: the probe", protectedDocs.Summary, StringComparison.Ordinal);
    }
}
