using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>The reference FastAPI service (<c>samples/fastapi-service</c>, Debian's Python packages) through the
/// Python code checks, its configuration (k8s manifests over its pydantic defaults), its startup validation and
/// its Alembic migrations: everything passes; then six deliberate breaks, each failing exactly its item.</summary>
[Trait("Category", "Slow")] // runs ruff (WebAssembly under Node), mypy, pytest, Alembic and the service's validation
public sealed class FastApiServiceGateTests : IDisposable
{
    private const string Issuer = "https://login.example.com/fastapi-service";

    private static readonly string Sample = Path.Combine(RepositoryRoot.Path, "samples", "fastapi-service");

    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-fastapi-service-").FullName;

    public FastApiServiceGateTests()
    {
        foreach (var file in RepositoryTree.Files(Sample, d => d is "artifacts" or ".nuke" or "build" || d.EndsWith("__pycache__", StringComparison.Ordinal)))
        {
            var target = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Sample, file), target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Edit(string relative, string from, string to)
    {
        var path = Path.Combine(_root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text.ReplaceLineEndings("\n"));

    private async Task<Dictionary<string, List<CheckResult>>> GateAsync()
    {
        await using var discovery = await IssuerDiscoveryStandIn.StartAsync(Issuer);
        var setup = new ReadinessSetup()
            .AddPythonCodeChecks(new PythonCodeOptions { ExpectedTestTotal = 76 })
            .AddConfigurationChecks(new ConfigurationOptions
            {
                DiscoveryHandler = discovery.Handler,
                ValidationCommand = ["/usr/bin/python3", "-m", "app", "--validate-config"],
                ValidationStandIns = new Dictionary<string, string> { ["DATABASE_URL"] = "postgresql://fastapi@db.invalid:5432/orders" },
            })
            .AddPoolChecks(new PoolConfigurationOptions())
            .AddAlembicMigrationChecks(new AlembicOptions { Executable = "/usr/bin/alembic" });
        return (await CheckRuns.RunAllAsync(setup, _root)).GroupBy(r => r.Item.Id).ToDictionary(g => g.Key, g => g.Select(r => r.Result).ToList());
    }

    private static List<string> Blocking(Dictionary<string, List<CheckResult>> results) =>
        [.. results.Where(r => r.Value.Any(c => c.Status is not (CheckStatus.Passed or CheckStatus.NotApplicable)) && r.Key != NoTarget).Select(r => r.Key).Order(StringComparer.Ordinal)];

    /// <summary>Needs the deployed database to compare with, which a test has not: an Error in every run.</summary>
    private const string NoTarget = "database.no-pending-migrations";

    private static string Describe(Dictionary<string, List<CheckResult>> results) =>
        string.Join("\n", results.SelectMany(r => r.Value.Select(c => $"{r.Key}: {c.Status} {c.Summary}")));

    [Fact]
    public async Task The_service_passes_every_item_these_checks_decide()
    {
        var results = await GateAsync();

        Assert.True(Blocking(results).Count == 0, Describe(results));
        Assert.Equal(34, results.Count); // 10 code items, 17 configuration and validation, 4 pool, 3 migration
        Assert.Equal(CheckStatus.Error, results[NoTarget].Single().Status);
        Assert.Equal("76 of 76 tests passed", results["testing.all-tests-passing"].Single().Summary);
        Assert.Contains("DB_POOL_SIZE=20 at k8s/configmap.yaml", results["database.pool-size"].Single().Summary, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> Breaks => new()
    {
        { "a ruff violation", ["prelaunch.lint"] },
        { "a failing test", ["prelaunch.test-suite", "testing.all-tests-passing"] },
        { "15 SQL injection tests", ["prelaunch.security-tests", "security.sql-injection-tests", "testing.security-tests"] },
        { "coverage under 80 %", ["testing.coverage-acceptable"] },
        { "JWT_ALGORITHM=HS256 in the production config", ["security.jwt-algorithm"] },
        { "two Alembic heads", ["database.migration-history-clean", "database.migrations-applied"] },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_deliberate_break_fails_exactly_its_item(string name, string[] items)
    {
        Break(name);

        var results = await GateAsync();

        Assert.True(Blocking(results).SequenceEqual(items), $"{name}:\n{Describe(results)}");
    }

    private void Break(string name)
    {
        switch (name)
        {
            case "a ruff violation":
                Edit("app/limiter.py", "from limits import RateLimitItemPerMinute", "import os\n\nfrom limits import RateLimitItemPerMinute");
                break;
            case "a failing test":
                Edit("tests/test_orders.py", "== [\"a\", \"b\", \"c\"]", "== [\"c\", \"b\", \"a\"]");
                break;
            case "15 SQL injection tests": // one case fewer, and one ordinary test more: the total stays 76
                Edit("tests/test_security_sql_injection.py", "PAYLOADS[:4]", "PAYLOADS[:3]");
                File.AppendAllText(Path.Combine(_root, "tests", "test_orders.py"),
                    "\n\ndef test_an_empty_list_is_returned_for_a_new_tenant(client: TestClient) -> None:\n    assert client.get(\"/api/orders\", headers=bearer(token(tenant=\"new\"))).json() == []\n");
                break;
            case "coverage under 80 %": // a module no test imports
                Write("app/reports.py", "\"\"\"Reports nobody tests.\"\"\"\n\n" + string.Concat(Enumerable.Range(1, 25).Select(i =>
                    $"\n\ndef report_{i}(value: int) -> int:\n    doubled = value * {i}\n    return doubled + {i}\n")));
                break;
            case "JWT_ALGORITHM=HS256 in the production config":
                Edit("k8s/configmap.yaml", "JWT_ALGORITHM: \"RS256\"", "JWT_ALGORITHM: \"HS256\"");
                break;
            case "two Alembic heads":
                Write("migrations/versions/0003_add_order_status.py",
                    "\"\"\"Add a status (branched from 0001).\"\"\"\n\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = \"0003\"\ndown_revision = \"0001\"\n"
                    + "branch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n    op.add_column(\"orders\", sa.Column(\"status\", sa.String(20), nullable=True))\n\n\n"
                    + "def downgrade() -> None:\n    op.drop_column(\"orders\", \"status\")\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such break");
        }
    }
}
