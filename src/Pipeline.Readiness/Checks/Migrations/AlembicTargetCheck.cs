namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"No pending migrations" for Alembic: <c>alembic current</c> on the target database equals
/// <c>alembic heads</c>. No target configured, or unreachable, is an Error.</summary>
internal sealed class AlembicTargetCheck(AlembicRun run) : ReadinessCheck<AlembicOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "alembic-target";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        if (Options.TargetUrl is not { Length: > 0 } url)
        {
            return CheckResult.Error("no target database to compare with: set the target URL (--target-database or AlembicOptions.TargetUrl)");
        }

        var heads = await run.HeadsAsync(context).ConfigureAwait(false);
        var current = await run.CurrentAsync(context, url).ConfigureAwait(false);
        return heads.Order(StringComparer.Ordinal).SequenceEqual(current.Order(StringComparer.Ordinal))
            ? CheckResult.Passed(heads.Count, $"the target database is at head {string.Join(", ", current)}")
            : CheckResult.Failed(heads.Count, $"the target database is at {(current.Count == 0 ? "no revision" : string.Join(", ", current))}, heads are {string.Join(", ", heads)}: run alembic upgrade head",
                Finding.Create("migration.pending", FindingSeverity.Error, Options.Directory, null, $"target at {string.Join(", ", current)}; heads {string.Join(", ", heads)}", string.Join("|", current)));
    }
}
