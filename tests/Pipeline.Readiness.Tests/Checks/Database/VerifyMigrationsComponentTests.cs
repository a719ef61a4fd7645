using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>The <see cref="IVerifyMigrations"/> component finds <c>alembic.ini</c> at the root and takes the target
/// database from <c>--target-database</c>, masked.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class VerifyMigrationsComponentTests : IDisposable
{
    private readonly BuildRun _run = new();
    private readonly AlembicSample _sample;

    public VerifyMigrationsComponentTests()
    {
        _sample = new AlembicSample(_run.Root);
        GitRepository.Init(_run.Root);
    }

    public void Dispose() => _run.Dispose();

    public sealed class MigrationsBuild : PipelineBuild, IVerifyMigrations
    {
        public void ConfigureReadiness(ReadinessSetup setup)
        {
            foreach (var item in Items.All.Where(i => !new MigrationsModule().Decides(i)))
            {
                setup.Disable(item, "outside this test");
            }
        }
    }

    [Fact]
    public async Task VerifyMigrations_passes_against_a_current_target_and_never_without_one()
    {
        var url = $"sqlite:///{_run.Root}/current.db";
        _sample.Upgrade(url, "head");

        var (exit, output) = await _run.Run<MigrationsBuild>(["VerifyMigrations", "--target-database", url, "--no-logo"]);
        var without = await _run.Run<MigrationsBuild>(["VerifyMigrations", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(url, output);
        Assert.Equal(1, without.ExitCode);
        Assert.Matches(@"database\.no-pending-migrations\s+Error\s+no target database", without.Output);
    }
}
