namespace Pipeline.Readiness.Tests.Support;

/// <summary>Deterministic inputs for gate and report tests.</summary>
internal static class Fixed
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static CheckOutcome Outcome(CheckResult result, string name = "test-check") =>
        new(name, result, Now, TimeSpan.FromMilliseconds(1500));

    public static Waiver ItemWaiver(ChecklistItem item, int daysLeft) =>
        new(item.Id, null, "accepted for the pilot", "jane", "sec-lead", Today.AddDays(daysLeft), "readiness/waivers.yaml", 2);

    public static Waiver FindingWaiver(string fingerprint, int daysLeft) =>
        new(null, fingerprint, "false positive", "jane", "sec-lead", Today.AddDays(daysLeft), "readiness/waivers.yaml", 8);

    public static Attestation Attested(ChecklistItem item, SignOffRole role, int daysAgo, DateOnly? expires = null) =>
        new(item.Id, "Sam", role, Today.AddDays(-daysAgo), "https://wiki.example/drill", expires, "readiness/attestations.yaml", 2);

    public static Finding Finding(string content, FindingSeverity severity = FindingSeverity.Error) =>
        Pipeline.Readiness.Checks.Finding.Create("demo.rule", severity, "src/App.cs", 12, $"found {content}", content);
}
