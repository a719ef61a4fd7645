namespace Pipeline.Readiness.Tests.Checks.Dependencies;

public sealed class OsvDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-osv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private OsvDatabase Database(string events, string versions = "[]")
    {
        File.WriteAllText(Path.Combine(_folder, "GHSA-test.json"), $$"""
            {"id":"GHSA-test","database_specific":{"severity":"MODERATE"},
             "affected":[{"package":{"ecosystem":"NuGet","name":"Demo.Package"},"versions":{{versions}},"ranges":[{"type":"ECOSYSTEM","events":{{events}}}]},
                         {"package":{"ecosystem":"npm","name":"demo-package"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"}]}]}]}
            """);
        return OsvDatabase.Load(_folder);
    }

    private static bool Affected(OsvDatabase database, string version) =>
        database.Match(new ResolvedPackage("App.csproj", "demo.package", version)).Any();

    [Theory]
    [InlineData("0.9.0", false)]
    [InlineData("1.0.0", true)]
    [InlineData("1.4.9", true)]
    [InlineData("1.5.0", false)]
    [InlineData("2.0.0", false)]
    [InlineData("2.1.0", true)]
    [InlineData("2.2.0", true)]
    [InlineData("2.2.1", false)]
    [InlineData("3.0.0", true)]
    [InlineData("9.0.0-beta.1", true)]
    public void Intervals_are_closed_by_fixed_and_last_affected_and_the_last_one_stays_open(string version, bool affected)
    {
        var database = Database("""
            [{"introduced":"1.0.0"},{"fixed":"1.5.0"},{"introduced":"2.1.0"},{"last_affected":"2.2.0"},{"introduced":"3.0.0"}]
            """);

        Assert.Equal(affected, Affected(database, version));
    }

    [Fact]
    public void Explicit_versions_and_severity_are_read_and_other_ecosystems_ignored()
    {
        var database = Database("""[{"introduced":"5.0.0"},{"fixed":"5.0.1"}]""", """["0.1.0"]""");

        var advisory = Assert.Single(database.Match(new ResolvedPackage("App.csproj", "Demo.Package", "0.1.0")));

        Assert.Equal((AdvisorySeverity.Moderate, "GHSA-test", "https://osv.dev/vulnerability/GHSA-test"), (advisory.Severity, advisory.AdvisoryId, advisory.Url));
        Assert.Equal(1, database.NuGetEntries);
        Assert.False(Affected(database, "0.2.0"));
    }
}
