using Pipeline.Readiness.PostgreSql;

namespace Pipeline.Readiness.Tests.Checks.Database;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class LocalPostgreSqlServerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-pg-install-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_newest_installed_version_with_initdb_is_used_and_none_is_null()
    {
        Assert.Null(LocalPostgreSqlServer.FindBinaries(Path.Combine(_root, "missing")));
        foreach (var version in new[] { "15", "16" })
        {
            Directory.CreateDirectory(Path.Combine(_root, version, "bin"));
            File.WriteAllText(Path.Combine(_root, version, "bin", "initdb"), string.Empty);
        }

        Directory.CreateDirectory(Path.Combine(_root, "17", "bin")); // a client-only install: no initdb

        Assert.Equal(Path.Combine(_root, "16", "bin"), LocalPostgreSqlServer.FindBinaries(_root));
    }
}
