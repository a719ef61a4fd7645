namespace Pipeline.Readiness.Tests.Support;

/// <summary>A deterministic verdict over the whole seed checklist with every kind of outcome: passes with figures,
/// a failure with findings (one waived by fingerprint), an error, an item waiver, an attestation, a sign-off for this
/// commit, disabled items, items with no check, and an expired waiver.</summary>
internal static class SampleVerdict
{
    public static readonly Finding Secret = Finding.Create("secret.aws-access-key", FindingSeverity.Error, "src/Orders/Settings.cs", 14, "AWS access key id AKIA***", "sha-1");
    public static readonly Finding Waived = Finding.Create("secret.generic", FindingSeverity.Error, "tests/fixtures/fake.env", 3, "password assignment", "sha-2");
    public static readonly Finding Outdated = Finding.Create("dependency.outdated", FindingSeverity.Warning, "src/Orders/Orders.csproj", 9, "Serilog 3.0.0 has a newer version 4.2.0", "serilog");

    public static ReadinessVerdict Create()
    {
        var checklist = new Pipeline.Readiness.Checklist()
            .Disable(ReadinessCategory.Database, "the sample has no database")
            .Disable(Items.Security.TenantIsolation, "single-tenant service");
        var outcomes = new Dictionary<string, IReadOnlyList<CheckOutcome>>
        {
            [Items.Testing.AllTestsPassing.Id] = [Fixed.Outcome(CheckResult.Passed(152, "152 of 152 tests passed") with
            {
                Figures = new Dictionary<string, double> { ["tests.total"] = 152, ["tests.failed"] = 0 },
                Tool = "dotnet 10.0.401",
                Inputs = new Dictionary<string, string> { ["projects"] = "tests/Orders.Tests" },
            }, "dotnet-test")],
            [Items.Testing.CoverageAcceptable.Id] = [Fixed.Outcome(CheckResult.Failed(40, "line coverage 71.5 % is below the required 80 %") with
            {
                Figures = new Dictionary<string, double> { ["coverage.line"] = 71.5, ["coverage.branch"] = 60.25 },
            }, "coverage")],
            [Items.Security.NoSecretsInCode.Id] = [Fixed.Outcome(CheckResult.Failed(310, "2 secrets found", Secret, Waived), "secret-scan")],
            [Items.Security.DependenciesScanned.Id] = [Fixed.Outcome(CheckResult.Passed(48, "48 packages, no advisory at or above High") with { Findings = [Outdated] }, "nuget-audit")],
            [Items.Security.ContainerImageScanned.Id] = [Fixed.Outcome(CheckResult.Error("the Docker engine at unix:///var/run/docker.sock is unreachable"), "image-scan")],
        };
        var governance = new GovernanceRecords(
            [Fixed.FindingWaiver(Waived.Fingerprint, 20), Fixed.ItemWaiver(Items.Security.ContainerImageScanned, 30), Fixed.ItemWaiver(Items.Security.Tls, -2)],
            [Fixed.Attested(Items.Monitoring.OnCallRotation, SignOffRole.Operations, 3)],
            [new SignOff(SignOffRole.Developer, "Ada Lovelace", Fixed.Today, Fixed.Commit)],
            []);
        return GateDecider.Decide(checklist, checklist.Entries, outcomes, governance, Fixed.Commit, Fixed.Now, c => SignOffDecision.SameCommit(c, Fixed.Commit));
    }
}
