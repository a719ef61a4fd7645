using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Dependencies;

/// <summary>The Python dependency scan on real lock files and requirements, against OSV records in a test folder:
/// a vulnerable pin fails the item naming the advisory, unpinned requirements are findings, no data is an Error.</summary>
public sealed class PythonDependencyScanTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-pydeps-");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private void Advisory(string package, string introduced, string fixedIn, string severity = "HIGH") =>
        Write($"osv/PYSEC-{package}.json", $$"""
            {"id":"PYSEC-2026-{{package}}","database_specific":{"severity":"{{severity}}"},"references":[{"url":"https://osv.dev/vulnerability/PYSEC-2026-{{package}}"}],
             "affected":[{"package":{"ecosystem":"PyPI","name":"{{package}}"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"{{introduced}}"},{"fixed":"{{fixedIn}}"}]}]}]}
            """);

    private const string UvLock = """
        version = 1
        requires-python = ">=3.11"

        [[package]]
        name = "my-service"
        version = "0.1.0"
        source = { editable = "." }

        [[package]]
        name = "Jinja2"
        version = "3.1.2"
        source = { registry = "https://pypi.org/simple" }

        [[package]]
        name = "starlette"
        version = "0.27.0"
        source = { registry = "https://pypi.org/simple" }
        """;

    private Task<CheckResult> Scan(string? osv = "osv") =>
        CheckRuns.RunAsync(new PythonDependencyScanCheck(new DependencyScanOptions { OsvDirectory = osv }), Items.Security.DependenciesScanned, Root);

    [Fact]
    public async Task A_vulnerable_package_in_uv_lock_fails_naming_the_advisory()
    {
        Write("pyproject.toml", "[project]\nname = \"my-service\"\n");
        Write("uv.lock", UvLock);
        Advisory("jinja2", "0", "3.1.3");
        Advisory("starlette", "0", "0.25.0");

        var result = await Scan();

        Assert.Equal(CheckStatus.Failed, result.Status);
        var finding = Assert.Single(result.Findings, f => f.Rule == "dependency.vulnerable");
        Assert.Contains("jinja2 3.1.2: high severity advisory PYSEC-2026-jinja2", finding.Message, StringComparison.Ordinal);
        Assert.Equal("uv.lock", finding.File);
        Assert.Equal(2, result.Examined); // the editable project itself is not a dependency
        Assert.Contains("pkg:pypi/jinja2@3.1.2", File.ReadAllText(Path.Combine(Root, "artifacts", "readiness", "sbom", "bom.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vulnerable_pin_in_requirements_fails_and_unpinned_requirements_are_findings()
    {
        Write("requirements.txt", "# runtime\nFlask_Cors==3.0.9 --hash=sha256:abc\n-r requirements-extra.txt\n");
        Write("requirements-extra.txt", "requests>=2.0\nurllib3 == 2.0.7 ; python_version >= \"3.8\"\n");
        Advisory("flask-cors", "0", "3.0.10");

        var result = await Scan();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains(result.Findings, f => f.Rule == "dependency.vulnerable" && f.Message.StartsWith("flask-cors 3.0.9", StringComparison.Ordinal) && f.File == "requirements.txt");
        var unpinned = Assert.Single(result.Findings, f => f.Rule == "dependency.unpinned");
        Assert.Equal(("requirements-extra.txt", 1), (unpinned.File, unpinned.Line));
        Assert.Equal(2, result.Examined);
    }

    [Fact]
    public async Task The_same_lock_without_vulnerability_data_is_an_error()
    {
        Write("uv.lock", UvLock);
        Write("osv/readme.txt", "no records");

        var withoutFolder = await Scan(osv: null);
        var emptyFolder = await Scan();

        Assert.Equal(CheckStatus.Error, withoutFolder.Status);
        Assert.Contains("2 Python packages from uv.lock were not checked: no vulnerability data for PyPI", withoutFolder.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Error, emptyFolder.Status);
        Assert.Contains("holds no PyPI advisory", emptyFolder.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_version_and_a_low_severity_advisory_pass()
    {
        Write("poetry.lock", "[[package]]\nname = \"jinja2\"\nversion = \"3.1.3\"\n\n[[package]]\nname = \"starlette\"\nversion = \"0.27.0\"\n");
        Advisory("jinja2", "0", "3.1.3");
        Advisory("starlette", "0", "0.28.0", severity: "LOW");

        var result = await Scan();

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.Equal(FindingSeverity.Warning, Assert.Single(result.Findings).Severity);
    }

    [Fact]
    public async Task Without_a_folder_the_osv_api_is_asked_and_its_advisory_fails_the_item()
    {
        Write("uv.lock", UvLock);
        var asked = new List<string>();
        // A stand-in for api.osv.dev, which this machine cannot reach: the querybatch and vulns endpoints of OSV's API.
        var (app, uri) = await LoopbackServer.StartAsync(a =>
        {
            a.MapPost("/v1/querybatch", async (HttpRequest request) =>
            {
                using var body = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
                var queries = body.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetProperty("package").GetProperty("name").GetString()!).ToList();
                asked.AddRange(queries);
                return Results.Json(new
                {
                    results = queries.Select(name => name == "jinja2" ? (object)new { vulns = new[] { new { id = "GHSA-h5c8-rqwp-cp95" } } } : new { }),
                });
            });
            a.MapGet("/v1/vulns/{id}", (string id) => Results.Text($$"""
                {"id":"{{id}}","database_specific":{"severity":"MODERATE"},
                 "affected":[{"package":{"ecosystem":"PyPI","name":"jinja2"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"3.1.3"}]}]}]}
                """, "application/json"));
        });
        await using var server = app;

        var result = await CheckRuns.RunAsync(new PythonDependencyScanCheck(new DependencyScanOptions { OsvApi = uri, BlockingSeverity = AdvisorySeverity.Moderate }),
            Items.Security.DependenciesScanned, Root);
        var unreachable = await CheckRuns.RunAsync(new PythonDependencyScanCheck(new DependencyScanOptions { OsvApi = new Uri("http://127.0.0.1:9/") }),
            Items.Security.DependenciesScanned, Root);

        Assert.Equal(["jinja2", "starlette"], asked.Order());
        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("jinja2 3.1.2: moderate severity advisory GHSA-h5c8-rqwp-cp95", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Error, unreachable.Status);
        Assert.Contains("no vulnerability data for PyPI (the OSV API at http://127.0.0.1:9/ could not be asked", unreachable.Summary, StringComparison.Ordinal);
    }
}
