namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"Migration history clean": the model has no changes that no migration holds
/// (<c>has-pending-model-changes</c>), and the history is linear: ids unique, in order, no two from the same second
/// (two branches that each added one).</summary>
internal sealed class EfCoreHistoryCheck(EfCoreMigrationRun run) : ReadinessCheck<EfCoreMigrationOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse;

    /// <inheritdoc />
    public override string Name => "ef-migrations-history";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var model = await run.ModelAsync(context).ConfigureAwait(false);
        var findings = new List<Finding>();
        if (model.HasPendingModelChanges)
        {
            findings.Add(Finding.Create("migration.model-drift", FindingSeverity.Error, Options.Project, null,
                $"the model has changes no migration holds: {model.PendingModelChangesText}", "model-drift"));
        }

        var ids = model.Migrations.Select(m => m.Id).ToList();
        foreach (var (previous, next) in ids.Zip(ids.Skip(1)).Where(p => string.CompareOrdinal(p.First[..Math.Min(14, p.First.Length)], p.Second[..Math.Min(14, p.Second.Length)]) >= 0))
        {
            findings.Add(Finding.Create("migration.not-linear", FindingSeverity.Error, run.FileOf(context, next), null,
                $"{next} does not come after {previous}: two branches added migrations; merge them into one line", $"{previous}|{next}"));
        }

        return findings.Count == 0
            ? CheckResult.Passed(ids.Count, $"{ids.Count} migrations in one line; the model matches the last one")
            : CheckResult.Failed(ids.Count, string.Join("; ", findings.Select(f => f.Message)), [.. findings]);
    }
}
