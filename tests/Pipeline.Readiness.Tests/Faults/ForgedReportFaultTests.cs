using System.Text.Json.Nodes;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>The MSBuild gate against forged, partial, dirty, future-dated and malformed reports (issue item 3): the
/// real Pipeline.MSBuild package in a fresh consuming project, <c>dotnet publish</c> for each case. Each refusal has its
/// own PRG code, never a stack trace, and leaves no publish folder.</summary>
[Collection(PackageFeed.Collection)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ForgedReportFaultTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pipeline-forged-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Repository => Path.Combine(_work, "repo");

    private string ReportFile => Path.Combine(Repository, "artifacts", "readiness", "report.json");

    private string PublishFolder => Path.Combine(Repository, "bin", "Release", "net10.0", "publish");

    private Task CreateConsumer() => PackageFeed.CreateGatedConsumerAsync(_work, Repository);

    /// <summary>A real report of a two-item checklist (one item failing when <paramref name="failing"/>), edited by
    /// <paramref name="forge"/>; <paramref name="redigest"/> recomputes the digest as a careful forger would.</summary>
    private void Report(bool failing, Action<JsonObject>? forge = null, bool redigest = false, VerdictCoverage? coverage = null)
    {
        var items = new[] { Items.Testing.AllTestsPassing, Items.Testing.CoverageAcceptable };
        var outcomes = items.ToDictionary(i => i.Id, i => (IReadOnlyList<CheckOutcome>)[new CheckOutcome("check",
            failing && i == Items.Testing.CoverageAcceptable ? new CheckResult(CheckStatus.Failed, "line coverage 41 % is below 80 %", 1) : new CheckResult(CheckStatus.Passed, "fine", 1),
            DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1))]);
        var verdict = GateDecider.Decide(new Pipeline.Readiness.Checklist(items), items, outcomes, GovernanceRecords.Empty, GitRepository.Head(Repository), DateTimeOffset.UtcNow, _ => false);
        var json = (JsonObject)JsonNode.Parse(JsonReport.Render(coverage is null ? verdict : verdict with { Coverage = coverage }))!;
        forge?.Invoke(json);
        if (redigest)
        {
            json[ReportDigest.Field] = ReportDigest.Of(json);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(ReportFile)!);
        File.WriteAllText(ReportFile, json.ToJsonString());
    }

    private async Task Refused(string name, string code, string because, string[]? properties = null) =>
        await FaultLedger.Case($"forged report: {name}", FaultKind.FailOpen, async () =>
        {
            if (Directory.Exists(PublishFolder))
            {
                Directory.Delete(PublishFolder, recursive: true);
            }

            var (exit, output) = await ScriptRunner.Run(Repository, "dotnet", ["publish", "-nologo", .. properties ?? []]);

            Assert.True(exit == 1, output);
            Assert.Contains($"error {code}: {because}", output);
            Assert.DoesNotContain("MSB4018", output);
            Assert.False(Directory.Exists(PublishFolder) && Directory.EnumerateFileSystemEntries(PublishFolder).Any(), "a refused publish copied files to the publish folder");
        });

    [Fact]
    public async Task Forged_partial_dirty_future_and_malformed_reports_are_refused_with_their_own_codes_before_anything_is_published()
    {
        await CreateConsumer();

        Report(failing: true, forge: r => r["verdict"] = "passed");
        await Refused("verdict edited to passed", "PRG010", "the readiness report was altered after the gate wrote it");
        Report(failing: true, forge: r => ((JsonArray)r["items"]!).RemoveAt(1));
        await Refused("a failed item removed", "PRG010", "the readiness report was altered after the gate wrote it");
        Report(failing: true, forge: r => r["verdict"] = "passed", redigest: true);
        await Refused("verdict edited and digest recomputed", "PRG004", "testing.coverage-acceptable: failed — line coverage 41 % is below 80 %");
        Report(failing: true, forge: r => { ((JsonArray)r["items"]!).RemoveAt(1); r["verdict"] = "passed"; }, redigest: true);
        await Refused("failed item removed and digest recomputed", "PRG010", "the readiness report's items do not match the checklist it names");
        Report(failing: false, forge: r => r["generatedAt"] = "2099-01-01T00:00:00.0000000Z", redigest: true);
        await Refused("generated in 2099", "PRG009", "the readiness report claims to be generated 2099-01-01 00:00 UTC, in the future");
        Report(failing: false, coverage: new VerdictCoverage("CheckSecrets", 91, "sha256:x", TreeClean: true, []));
        await Refused("a scoped report", "PRG007", "the readiness report covers part of the checklist (CheckSecrets: 2 of 91 items)");
        Report(failing: false, coverage: new VerdictCoverage(VerdictCoverage.WholeScope, 2, VerdictCoverage.VersionOf([Items.Testing.AllTestsPassing.Id, Items.Testing.CoverageAcceptable.Id]), TreeClean: false, ["src/Api.cs"]));
        await Refused("made on a dirty tree", "PRG008", "the readiness report was made on a working tree with uncommitted changes");
        Report(failing: false);
        File.WriteAllText(Path.Combine(Repository, ".env"), "API_TOKEN=Zq8LmN2pR4sT6vX8\n");
        await Refused("a .env added after the report", "PRG008", "the working tree changed after the readiness report was made (.env)");
        var allowed = await ScriptRunner.Run(Repository, "dotnet", ["publish", "-nologo", "-p:ReadinessAllowDirty=true"]);
        File.Delete(Path.Combine(Repository, ".env"));
        File.WriteAllText(ReportFile, File.ReadAllText(ReportFile)[..200]);
        await Refused("a truncated report", "PRG006", "the readiness report is malformed: not valid JSON");
        File.WriteAllText(ReportFile, "{}");
        await Refused("a report without fields", "PRG006", "the readiness report is malformed: the field 'schemaVersion' is missing");
        Report(failing: false);
        var passed = await ScriptRunner.Run(Repository, "dotnet", ["publish", "-nologo"]);

        Assert.True(allowed.ExitCode == 0, allowed.Output);
        Assert.True(passed.ExitCode == 0, passed.Output);
        Assert.True(File.Exists(Path.Combine(PublishFolder, "Consumer.dll")));
    }
}
