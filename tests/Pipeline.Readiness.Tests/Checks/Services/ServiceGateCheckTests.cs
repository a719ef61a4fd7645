using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Services;

/// <summary>A repository gating a service it holds: the service's real gate runs through its bootstrap script, and its
/// verdict for this commit decides the item, naming every item that blocks there.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ServiceGateCheckTests(NestedServiceRepository repository) : IClassFixture<NestedServiceRepository>
{
    private async Task<CheckResult> Check(string folder, string? commit = null, ServiceGateOptions? options = null)
    {
        var setup = new ReadinessSetup().AddServiceGate(folder, options ?? new ServiceGateOptions());
        var (item, check) = Assert.Single(setup.Checks);
        return await CheckRuns.RunAsync(check, item, repository.Root, commit ?? GitRepository.Head(repository.Root));
    }

    [Fact]
    public async Task A_passing_service_gate_passes_and_a_blocking_item_there_is_named_here()
    {
        var broken = Path.Combine(repository.Root, "svc", "broken");
        File.Delete(broken);
        var passing = await Check("svc");
        File.WriteAllText(broken, "x");
        var failing = await Check("svc");
        File.Delete(broken);

        Assert.True(passing.Status == CheckStatus.Passed, passing.Summary);
        Assert.Matches(@"^svc: (\d+) of \1 items pass or do not apply$", passing.Summary);
        Assert.Equal(CheckStatus.Failed, failing.Status);
        var finding = Assert.Single(failing.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(("team.no-broken-marker: failed — the broken marker is there", "svc/artifacts/readiness/report.json"), (finding.Message, finding.File));
        Assert.EndsWith("1 block (1 failed) — see svc/artifacts/readiness/report.md", failing.Summary);
        // This gate's report holds the service's whole verdict: a note for each item that holds there.
        Assert.Equal(passing.Examined, passing.Findings.Count);
        Assert.All(passing.Findings, f => Assert.Equal(("service-gate.item", FindingSeverity.Note), (f.Rule, f.Severity)));
        Assert.Contains(passing.Findings, f => f.Message == "team.no-broken-marker: passed — no broken marker");
        Assert.Equal(failing.Examined - 1, failing.Findings.Count(f => f.Severity == FindingSeverity.Note));
    }

    [Fact]
    public async Task The_services_build_runs_the_given_targets_before_readiness_with_the_given_parameters()
    {
        var result = await Check("svc", options: new ServiceGateOptions { Targets = ["Break"], Parameters = new Dictionary<string, string> { ["broken-file"] = "broken" } });
        File.Delete(Path.Combine(repository.Root, "svc", "broken"));

        Assert.Equal(CheckStatus.Failed, result.Status); // Break wrote the marker its gate then found
        Assert.Equal("svc/build.sh Break Readiness", result.Tool);
        Assert.Contains(result.Findings, f => f.Message == "team.no-broken-marker: failed — the broken marker is there");
    }

    [Fact]
    public async Task A_report_for_another_commit_is_an_error()
    {
        var result = await Check("svc", commit: "0123456789abcdef0123456789abcdef01234567");

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Equal($"svc's report is for commit {GitRepository.Head(repository.Root)}, not 0123456789abcdef0123456789abcdef01234567", result.Summary);
    }

    [Fact]
    public async Task A_service_whose_gate_cannot_run_is_an_error_and_its_old_report_does_not_count()
    {
        var service = Path.Combine(repository.Root, "broken-svc");
        Directory.CreateDirectory(Path.Combine(service, "artifacts", "readiness"));
        File.WriteAllText(Path.Combine(service, "artifacts", "readiness", "report.json"), "{}"); // left by an earlier run
        File.WriteAllText(Path.Combine(service, "build.sh"), "#!/bin/sh\necho 'build/_build.csproj does not compile' >&2\nexit 3\n"); // a bootstrap whose build is broken
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(service, "build.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = await Check("broken-svc");

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Equal("broken-svc/build.sh Readiness exited 3 and wrote no report", result.Summary);
    }
}
