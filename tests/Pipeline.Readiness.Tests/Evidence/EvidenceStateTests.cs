namespace Pipeline.Readiness.Tests.Evidence;

/// <summary>The .NET and Python code checks declare what they read, and everything they hold can be written into their cache key
/// (a check whose state cannot be written is never reused, so a failure here would silently turn reuse off); two
/// checks that differ only in an option have different keys.</summary>
public sealed class EvidenceStateTests
{
    [Fact]
    public void Every_dotnet_code_check_declares_its_inputs_and_its_state_is_written_whole()
    {
        var checks = DotNetCodeChecks.For(new DotNetCodeOptions(), CodeParts.All).Select(c => c.Item2).ToList();

        Assert.NotEmpty(checks);
        Assert.All(checks, check => Assert.NotNull(check.Reuse));
        Assert.All(checks, check => Assert.NotNull(EvidenceCache.State(check)));
    }

    [Fact]
    public void Every_python_code_check_declares_its_inputs_with_the_projects_environment_and_its_state_is_written_whole()
    {
        var checks = PythonCodeChecks.For(new PythonCodeOptions { ProjectDirectory = "svc" }, CodeParts.All).Select(c => c.Item2).ToList();

        Assert.NotEmpty(checks);
        Assert.All(checks, check => Assert.Contains("svc/.venv/lib/python3*/site-packages", check.Reuse!.Installed));
        Assert.All(checks, check => Assert.Contains("python3", check.Reuse!.Tools));
        Assert.All(checks, check => Assert.NotNull(EvidenceCache.State(check)));
        Assert.All(checks.Where(c => c is not RuffCheck and not MypyCheck), check => Assert.True(check.Reuse!.External)); // test runs may reach outside
    }

    [Fact]
    public void The_migration_checks_on_a_fresh_database_are_keyed_by_it_keep_their_script_and_the_live_target_check_always_runs()
    {
        var setup = new ReadinessSetup().AddEfCoreMigrationChecks(new EfCoreMigrationOptions { Project = "src/App/App.csproj" });
        var checks = setup.Checks.Select(c => c.Check).ToList();

        var reused = checks.Where(c => c is not EfCoreTargetCheck).ToList();
        Assert.Equal(3, reused.Count);
        Assert.All(reused, check => Assert.NotNull(check.Reuse));
        Assert.Equal(["migrations"], Assert.Single(reused, c => c is EfCoreMigrationsAppliedCheck).Reuse!.Artifacts); // kept once, by the check that applies
        Assert.All(reused.Where(c => c is not EfCoreMigrationsAppliedCheck), check => Assert.Empty(check.Reuse!.Artifacts));
        Assert.All(reused, check => Assert.NotNull(EvidenceCache.State(check)));
        Assert.Null(Assert.Single(checks, c => c is EfCoreTargetCheck).Reuse);

        var server = new EfCoreMigrationOptions { Project = "src/App/App.csproj", FreshDatabase = new Readiness.PostgreSql.PostgreSqlFreshDatabase("Host=db;Username=u") };
        Assert.True(new EfCoreMigrationsAppliedCheck(new EfCoreMigrationRun(server)).Reuse!.External);
        var unknown = new EfCoreMigrationOptions { Project = "src/App/App.csproj", FreshDatabase = new UnknownDatabase() };
        Assert.Null(new EfCoreMigrationsAppliedCheck(new EfCoreMigrationRun(unknown)).Reuse);
    }

    [Fact]
    public void The_nuget_audit_is_reused_a_day_at_most_with_its_sbom_and_an_osv_folder_outside_the_repository_is_never_keyed()
    {
        var audit = new DependencyScanCheck(new DependencyScanOptions()).Reuse!;
        Assert.True(audit.External);
        Assert.Equal(["sbom"], audit.Artifacts);
        Assert.NotNull(EvidenceCache.State(new DependencyScanCheck(new DependencyScanOptions())));
        Assert.False(new DependencyScanCheck(new DependencyScanOptions { OsvDirectory = "advisories/osv" }).Reuse!.External);
        Assert.Null(new DependencyScanCheck(new DependencyScanOptions { OsvDirectory = "/srv/osv" }).Reuse);
        Assert.Null(new DependencyScanCheck(new DependencyScanOptions { OsvDirectory = "../osv" }).Reuse);
    }

    private sealed class UnknownDatabase : IFreshDatabase
    {
        public string Name => "somewhere";

        public Task<FreshDatabase> CreateAsync(CheckContext context, string workDirectory) => throw new NotSupportedException();
    }

    [Fact]
    public void An_option_that_differs_makes_the_state_differ()
    {
        var low = EvidenceCache.State(DotNetCodeChecks.For(new DotNetCodeOptions { MinimumLineCoverage = 50 }, CodeParts.Coverage).Single().Item2);
        var high = EvidenceCache.State(DotNetCodeChecks.For(new DotNetCodeOptions { MinimumLineCoverage = 80 }, CodeParts.Coverage).Single().Item2);

        Assert.NotEqual(low, high);
    }
}
