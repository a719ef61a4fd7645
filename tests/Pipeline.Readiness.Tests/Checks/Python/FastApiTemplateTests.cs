using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>The real FastAPI template of the seed (the corpus copy; it needs Python 3.13 and packages Debian 12 does
/// not ship, so its tests cannot run here): ruff is decided, the Alembic graph is decided from the version files, the
/// security suites are counted in the source (one SQL injection test removed makes the suite short, Failed with
/// names), and every package of its uv.lock is examined.</summary>
[Trait("Category", "Slow")]
public sealed class FastApiTemplateTests : IDisposable
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-fastapi-template-").FullName;

    /// <summary>The corpus next to the repository (<c>../shared/corpus</c>) or at the machines' shared folder; null on a
    /// machine without it, where the test has nothing to measure (it is read-only and never committed here).</summary>
    private static readonly string? Source = new[]
    {
        Path.Combine(RepositoryRoot.Path, "..", "shared", "corpus", "fastapi-template"), "/work/shared/corpus/fastapi-template",
    }.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);

    public FastApiTemplateTests(Xunit.Abstractions.ITestOutputHelper output)
    {
        _output = output;
        if (Source is not { } source)
        {
            return;
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task What_its_files_settle_is_decided_without_its_dependencies()
    {
        if (Source is null)
        {
            return; // no corpus on this machine: nothing to measure
        }

        var suite = Path.Combine(_root, "fastapi_template", "tests", "integration", "test_security_sql_injection.py");
        File.WriteAllText(suite, File.ReadAllText(suite).Replace("async def test_comment_based_injection", "async def removed_comment_based_injection", StringComparison.Ordinal));
        var osv = Path.Combine(_root, "osv");
        Directory.CreateDirectory(osv);
        File.WriteAllText(Path.Combine(osv, "GHSA-test-starlette.json"), """
            {"id":"GHSA-test-starlette","database_specific":{"severity":"HIGH"},
             "affected":[{"package":{"ecosystem":"PyPI","name":"Starlette"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"1.0"},{"fixed":"1.3.2"}]}]}]}
            """);
        var setup = new ReadinessSetup().AddPythonCodeChecks().AddAlembicMigrationChecks(new AlembicOptions());
        setup.AddMissing([.. DependencyChecks.For(new DependencyScanOptions { OsvDirectory = "osv" }, dotNet: false, python: true)]);

        var results = await CheckRuns.RunAllAsync(setup, _root);
        CheckResult Of(string item, string check) => results.Single(r => r.Item.Id == item && r.Check.Name == check).Result;

        // uv.lock pins ruff 0.15.22; what ruff 0.17.3 (WebAssembly) finds beyond it is undecided, not a failure
        Assert.True(Of("prelaunch.lint", "ruff").Status == CheckStatus.Error, Of("prelaunch.lint", "ruff").Summary);
        Assert.Contains("the project locks ruff 0.15.22", Of("prelaunch.lint", "ruff").Summary, StringComparison.Ordinal);
        Assert.Contains("settings: pyproject.toml [tool.ruff]", Of("prelaunch.lint", "ruff").Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Passed, Of("database.migration-history-clean", "alembic-graph").Status);
        Assert.Contains("6 revisions in one line to head 9c89a84af0d3", Of("database.migration-history-clean", "alembic-graph").Summary, StringComparison.Ordinal);
        var sql = Of("security.sql-injection-tests", "test-suite:SqlInjection");
        Assert.Equal(CheckStatus.Failed, sql.Status);
        Assert.Contains("SqlInjection: 15 of 16 tests exist: fastapi_template/tests/integration/test_auth_security.py::TestAuthBypass::test_sql_injection_in_token",
            sql.Findings.Single(f => f.Rule == "test-suite.too-few").Message, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Error, Of("security.xss-tests", "test-suite:Xss").Status);
        Assert.Equal(CheckStatus.Error, Of("testing.all-tests-passing", "pytest").Status);
        var rateLimit = await CheckRuns.RunAsync(new RateLimitWiringCheck("."), Items.Security.RateLimiting, _root);
        Assert.Equal((CheckStatus.Passed, "SlowAPI limits the app at fastapi_template/main.py(194) (read from the source; the service was not run)"), (rateLimit.Status, rateLimit.Summary));
        Assert.Equal("fastapi_template.main:app", PythonApp.Find(PythonProject.Detect(_root)!, "artifacts/readiness"));
        var dependencies = Of("security.dependencies-scanned", "osv-pypi");
        Assert.Equal(CheckStatus.Failed, dependencies.Status);
        Assert.True(dependencies.Examined > 140, dependencies.Summary);
        Assert.Contains(dependencies.Findings, f => f.Message.StartsWith("starlette 1.3.1: high severity advisory GHSA-test-starlette", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Its_settings_defaults_are_read_with_file_and_line_under_its_manifests()
    {
        if (Source is null)
        {
            return; // no corpus on this machine: nothing to measure
        }

        var setup = new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions { VerifyIssuerDiscovery = false }).AddPoolChecks(new PoolConfigurationOptions());

        var results = (await CheckRuns.RunAllAsync(setup, _root)).ToDictionary(r => r.Item.Id, r => r.Result);
        foreach (var (item, result) in results)
        {
            _output.WriteLine($"{item} {result.Status}: {result.Summary}");
        }

        Assert.Equal((CheckStatus.Passed, "DB_POOL_SIZE=5 at the default of Settings.db_pool_size at fastapi_template/core/config.py(44), no production value"),
            (results["database.pool-size"].Status, results["database.pool-size"].Summary));
        Assert.Equal(CheckStatus.Passed, results["database.pre-ping"].Status);
        Assert.Contains("JWT_ALGORITHM='RS256' at the default of Settings.jwt_algorithm at fastapi_template/core/config.py(108)", results["security.jwt-algorithm"].Summary, StringComparison.Ordinal);
        Assert.Contains("ENVIRONMENT='local' at the default of Settings.environment at fastapi_template/core/config.py(34)", results["configuration.environment-production"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, results["configuration.environment-production"].Status);
        // Nothing in the template sets ENVIRONMENT: validating its developer defaults would prove nothing about production.
        var validation = results["configuration.config-validation"];
        Assert.Equal(CheckStatus.Error, validation.Status);
        Assert.StartsWith("the configuration it would validate is not production's (ENVIRONMENT='local' at the default of Settings.environment at fastapi_template/core/config.py(34)",
            validation.Summary, StringComparison.Ordinal);
    }
}
