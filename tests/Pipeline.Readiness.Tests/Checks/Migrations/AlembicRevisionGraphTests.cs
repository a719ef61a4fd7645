using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Migrations;

/// <summary>The Alembic graph read from version files without importing them: a line passes; two heads, a dangling
/// parent, a merge point and a cycle each fail at the version file and line that cause them.</summary>
public sealed class AlembicRevisionGraphTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-alembic-graph-").FullName;

    public AlembicRevisionGraphTests()
    {
        File.WriteAllText(Path.Combine(_root, "alembic.ini"), "[alembic]\nscript_location = migrations\n");
        Directory.CreateDirectory(Path.Combine(_root, "migrations", "versions"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Revision(string id, string parent, string typed = "") =>
        File.WriteAllText(Path.Combine(_root, "migrations", "versions", $"{id}_step.py"),
            $"\"\"\"step {id}\"\"\"\nfrom alembic import op\n\nrevision{typed} = '{id}'\ndown_revision{typed} = {parent}\ndepends_on = None\n\n\ndef upgrade():\n    import missing_module\n");

    private Task<CheckResult> Check() =>
        CheckRuns.RunAsync(new AlembicGraphCheck(new AlembicOptions()), Items.Database.MigrationHistoryClean, _root);

    [Fact]
    public async Task A_line_of_revisions_passes_without_importing_them()
    {
        Revision("a1", "None");
        Revision("b2", "'a1'", typed: ": str");
        Revision("c3", "\"b2\"", typed: ": Union[str, None]");

        var result = await Check();

        Assert.Equal((CheckStatus.Passed, 3), (result.Status, result.Examined));
        Assert.Contains("to head c3", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_heads_fail_naming_both_files()
    {
        Revision("a1", "None");
        Revision("b2", "'a1'");
        Revision("c3", "'a1'");

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        var heads = Assert.Single(result.Findings, f => f.Rule == "migration.heads");
        Assert.Contains("2 heads (b2 in migrations/versions/b2_step.py, c3 in migrations/versions/c3_step.py)", heads.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.Rule == "migration.not-linear" && f.Message.Contains("a1 is a branch point", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dangling_parent_a_merge_point_and_a_cycle_are_found_at_their_lines()
    {
        Revision("a1", "None");
        Revision("b2", "'gone'");
        Revision("m3", "('a1', 'b2')");
        Revision("x1", "'y1'");
        Revision("y1", "'x1'");

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        var dangling = Assert.Single(result.Findings, f => f.Rule == "migration.dangling");
        Assert.Equal(("migrations/versions/b2_step.py", 5), (dangling.File, dangling.Line));
        Assert.Contains(result.Findings, f => f.Rule == "migration.not-linear" && f.Message.Contains("m3 is a merge point of a1, b2", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Rule == "migration.cycle" && f.Message.Contains("x1 → y1 → x1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_revision_is_an_error()
    {
        var result = await Check();

        Assert.Equal(CheckStatus.Error, result.Status);
    }
}
