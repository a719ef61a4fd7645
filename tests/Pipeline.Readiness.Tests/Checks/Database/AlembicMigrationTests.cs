using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>The Alembic checks on a real Alembic project, run by Debian's alembic against SQLite files.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class AlembicMigrationTests : IDisposable
{
    private readonly AlembicSample _sample = new();

    public void Dispose() => _sample.Dispose();

    private async Task<Dictionary<string, CheckResult>> Check(string? targetUrl = null)
    {
        var run = new AlembicRun(new AlembicOptions { TargetUrl = targetUrl });
        var results = new Dictionary<string, CheckResult>();
        foreach (var check in new ReadinessCheck[] { new AlembicUpgradeCheck(run), new AlembicHistoryCheck(run), new DangerousMigrationCheck(run), new AlembicTargetCheck(run) })
        {
            results[check.Name] = await CheckRuns.RunAsync(check, Items.Database.MigrationsApplied, _sample.Root);
        }

        return results;
    }

    private static string Describe(Dictionary<string, CheckResult> results) => string.Join("\n", results.Select(r => $"{r.Key}: {r.Value.Status} {r.Value.Summary}"));

    [Fact]
    public async Task A_clean_project_passes_and_a_target_behind_head_fails()
    {
        var (current, behind) = ($"sqlite:///{_sample.Root}/current.db", $"sqlite:///{_sample.Root}/behind.db");
        _sample.Upgrade(current, "head");
        _sample.Upgrade(behind, "0001");

        var clean = await Check(current);
        var pending = await Check(behind);

        Assert.All(clean.Values, r => Assert.True(r.Status == CheckStatus.Passed, Describe(clean)));
        Assert.Equal("alembic upgrade head applies 2 revisions to a fresh SQLite database", clean["alembic-upgrade"].Summary);
        Assert.Equal(CheckStatus.Failed, pending["alembic-target"].Status);
        Assert.Equal("the target database is at 0001, heads are 0002: run alembic upgrade head", pending["alembic-target"].Summary);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(_sample.Root, "migrations", "versions")), f => f.Contains("pipelinedrift", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_heads_fail_the_history()
    {
        _sample.Revision("0003a", "0002", "op.add_column('orders', sa.Column('region', sa.String(10)))");
        _sample.Revision("0003b", "0002", "op.add_column('orders', sa.Column('channel', sa.String(10)))");

        var results = await Check();

        var history = results["alembic-history"];
        Assert.Equal(CheckStatus.Failed, history.Status);
        Assert.Contains("2 heads (", history.Summary);
        Assert.Contains(history.Findings, f => f.Rule == "migration.heads");
        Assert.Contains(history.Findings, f => f.Rule == "migration.not-linear" && f.Message.Contains("(branchpoint)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_upgrade_fails_naming_the_revision_and_a_dangerous_one_is_found()
    {
        _sample.Revision("0003", "0002", "op.drop_column('orders', 'customer')");
        _sample.Revision("0004", "0003", "op.execute('UPDATE no_such_table SET x = 1')");

        var results = await Check();

        var upgrade = results["alembic-upgrade"];
        Assert.Equal(CheckStatus.Failed, upgrade.Status);
        Assert.True(upgrade.Summary.StartsWith("alembic upgrade head fails at revision 0004 on a fresh SQLite database:", StringComparison.Ordinal), upgrade.Summary);
        Assert.Equal("migrations/versions/0004.py", Assert.Single(upgrade.Findings).File);
        var dangerous = Assert.Single(results["dangerous-migrations"].Findings);
        Assert.Equal("migration.drop-column", dangerous.Rule);
        Assert.Equal("migrations/versions/0003.py", dangerous.File);
        Assert.Equal(CheckStatus.Error, results["alembic-target"].Status); // no target configured: never a pass
    }

    [Fact]
    public async Task A_model_change_without_a_revision_is_drift()
    {
        _sample.Models("total = sa.Column(sa.Numeric(12, 2), nullable=False, server_default='0')\n    notes = sa.Column(sa.Text())");

        var results = await Check();

        var history = results["alembic-history"];
        Assert.Equal(CheckStatus.Failed, history.Status);
        var drift = Assert.Single(history.Findings);
        Assert.Equal("migration.model-drift", drift.Rule);
        Assert.Contains("op.add_column('orders', sa.Column('notes'", drift.Message);
    }
}
