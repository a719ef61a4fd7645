namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"Migration history clean" from the Alembic version files alone (<see cref="AlembicRevisionGraph"/>): one
/// head, one base, no branch or merge point, no dangling parent, no duplicate, no cycle — decided without importing
/// <c>env.py</c> or the migrations, so it holds when the project's dependencies cannot be installed. Each problem is a
/// finding at <c>versions/&lt;file&gt;.py(line)</c>. No version file is an Error.</summary>
internal sealed class AlembicGraphCheck(AlembicOptions options) : ReadinessCheck<AlembicOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "alembic-graph";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var directory = Path.GetFullPath(Options.Directory, context.Root);
        var versions = Path.Combine(AlembicConfigFile.ScriptLocation(directory), "versions");
        if (!Directory.Exists(versions))
        {
            return Task.FromResult(CheckResult.Error($"no Alembic versions folder at {context.Relative(versions)}"));
        }

        var (revisions, problems) = AlembicRevisionGraph.Read(versions, context.Relative);
        if (revisions.Count == 0 && problems.Count == 0)
        {
            return Task.FromResult(CheckResult.Error($"{context.Relative(versions)} holds no revision"));
        }

        var findings = problems.Select(p => Finding.Create(p.Rule, FindingSeverity.Error, p.File, p.Line, p.Message, p.Message)).ToArray();
        var heads = AlembicRevisionGraph.Heads(revisions);
        var result = findings.Length == 0
            ? CheckResult.Passed(revisions.Count, $"{revisions.Count} revisions in one line to head {heads[0]} (read from {context.Relative(versions)})")
            : CheckResult.Failed(revisions.Count, string.Join("; ", problems.Select(p => $"{p.File}({p.Line}): {p.Message}")), findings);
        return Task.FromResult(result with
        {
            Figures = new Dictionary<string, double> { ["migrations.revisions"] = revisions.Count, ["migrations.heads"] = heads.Count },
            Tool = "Alembic version files (read, not imported)",
        });
    }
}
