namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>A DbContext without any migration: the migration items fail with the reason (context, and where
/// <c>EnsureCreated</c> makes the schema instead).</summary>
internal sealed class NoMigrationsCheck(string reason) : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "ef-no-migrations";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context) =>
        Task.FromResult(CheckResult.Failed(1, reason, Finding.Create("migrations.none", FindingSeverity.Error, null, null, reason, "none")));
}
