using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Builds the migrations project once and runs <c>dotnet ef</c> for every EF Core migration check, sharing
/// the results: the model (list and pending model changes), the fresh apply with rollback and re-apply and the
/// scripts, and the target database's applied migrations. Anything that cannot run throws (an Error).</summary>
internal sealed partial class EfCoreMigrationRun(EfCoreMigrationOptions options) : Collector("dotnet-ef"), IMigrationSource
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

    private readonly EfCoreTool _tool = new(options);

    /// <summary>The run's options.</summary>
    public EfCoreMigrationOptions Options => options;

    /// <summary>The migrations and the pending-model-changes verdict.</summary>
    public Task<EfCoreModel> ModelAsync(CheckContext context) => Observe(context, "model", async context =>
    {
        await BuildAsync(context).ConfigureAwait(false);
        var migrations = await ListAsync(context, connection: null).ConfigureAwait(false);
        var pending = await _tool.RunAsync(context, "migrations", "has-pending-model-changes").ConfigureAwait(false);
        var text = EfCoreTool.ErrorText(pending);
        if (pending.ExitCode != 0 && !text.Contains("Changes have been made to the model", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"dotnet ef migrations has-pending-model-changes could not run: {text}");
        }

        return new EfCoreModel(migrations, pending.ExitCode != 0, text);
    });

    /// <summary>The SQL of every migration (<c>dotnet ef migrations script</c>; needs no database).</summary>
    public Task<string?> SqlAsync(CheckContext context) => Observe(context, "sql", async context =>
    {
        await ModelAsync(context).ConfigureAwait(false);
        return await ScriptAsync(context, idempotent: false, context.Artifact("work", "migrations", "all.sql")).ConfigureAwait(false);
    });

    /// <summary>Every migration applied to a fresh database, the last one rolled back and re-applied, and the scripts.</summary>
    public Task<EfCoreApply> ApplyAsync(CheckContext context) => Observe(context, "apply", async context =>
    {
        var model = await ModelAsync(context).ConfigureAwait(false);
        var work = context.Artifact("work", "migrations");
        await using var database = await options.FreshDatabase.CreateAsync(context, work).ConfigureAwait(false);
        var update = await _tool.RunAsync(context, "database", "update", "--connection", database.ConnectionString).ConfigureAwait(false);
        var sql = await SqlAsync(context).ConfigureAwait(false);
        if (update.ExitCode != 0)
        {
            var applying = EfCoreTool.Lines(update, "info").Select(l => ApplyingLine().Match(l)).Where(m => m.Success).LastOrDefault();
            return new EfCoreApply(applying?.Groups[1].Value ?? "(before the first migration)", EfCoreTool.ErrorText(update), null, null, sql);
        }

        var rollback = model.Migrations.Count == 0 ? null : await RollBackAndReapplyAsync(context, model, database.ConnectionString).ConfigureAwait(false);
        var artifact = context.Artifact("migrations", $"{Path.GetFileNameWithoutExtension(options.Project)}.sql");
        var script = await ScriptAsync(context, idempotent: true, artifact).ConfigureAwait(false) is null
            ? await ScriptAsync(context, idempotent: false, artifact).ConfigureAwait(false) // SQLite has no idempotent scripts
            : artifact;
        return new EfCoreApply(null, null, rollback, script is null ? null : artifact, sql);
    });

    /// <summary>The migrations as the target database sees them (opened read-only).</summary>
    public Task<IReadOnlyList<EfCoreMigration>> TargetAsync(CheckContext context, string connection) => Observe(context, "target", async context =>
    {
        await ModelAsync(context).ConfigureAwait(false);
        return await ListAsync(context, ReadOnlyConnection.For(connection)).ConfigureAwait(false);
    });

    /// <inheritdoc />
    /// <inheritdoc />
    public string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override EvidenceReuse? Reuse => MigrationReuse.For(DotNetReuse.Build, options.FreshDatabase);

    public bool PostgreSql => options.PostgreSql;

    /// <inheritdoc />
    public async Task<IReadOnlyList<MigrationStatement>> StatementsAsync(CheckContext context) =>
        MigrationScripts.FromEfCore(await SqlAsync(context).ConfigureAwait(false)
            ?? throw new InvalidOperationException("dotnet ef migrations script could not produce the migrations' SQL"));

    /// <inheritdoc />
    public string? FileOf(CheckContext context, string migration)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Project, context.Root))!;
        return Directory.Exists(directory)
            ? RepositoryTree.Files(directory).Where(f => Path.GetFileName(f) == migration + ".cs").Select(f => context.Relative(Path.Combine(directory, f))).FirstOrDefault()
            : null;
    }

    private async Task<string?> RollBackAndReapplyAsync(CheckContext context, EfCoreModel model, string connection)
    {
        var previous = model.Migrations.Count > 1 ? model.Migrations[^2].Id : "0";
        var down = await _tool.RunAsync(context, "database", "update", previous, "--connection", connection).ConfigureAwait(false);
        if (down.ExitCode != 0)
        {
            return $"rolling back {model.Migrations[^1].Id} failed: {EfCoreTool.ErrorText(down)}";
        }

        var up = await _tool.RunAsync(context, "database", "update", "--connection", connection).ConfigureAwait(false);
        return up.ExitCode == 0 ? null : $"re-applying {model.Migrations[^1].Id} after its rollback failed: {EfCoreTool.ErrorText(up)}";
    }

    private async Task<string?> ScriptAsync(CheckContext context, bool idempotent, string output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var result = await _tool.RunAsync(context, ["migrations", "script", .. idempotent ? new[] { "--idempotent" } : [], "--output", output]).ConfigureAwait(false);
        return result.ExitCode == 0 && File.Exists(output) ? await File.ReadAllTextAsync(output, context.Cancellation).ConfigureAwait(false) : null;
    }

    private async Task<IReadOnlyList<EfCoreMigration>> ListAsync(CheckContext context, string? connection)
    {
        var result = await _tool.RunAsync(context, ["migrations", "list", "--json", .. connection is null ? new[] { "--no-connect" } : ["--connection", connection]]).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet ef migrations list failed{(connection is null ? string.Empty : " against the target database")}: {EfCoreTool.ErrorText(result)}");
        }

        using var json = JsonDocument.Parse(string.Join("\n", EfCoreTool.Lines(result, "data")));
        return [.. json.RootElement.EnumerateArray().Select(m => new EfCoreMigration(m.GetProperty("id").GetString()!, m.GetProperty("name").GetString()!,
            m.GetProperty("applied").ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null }))];
    }

    private async Task BuildAsync(CheckContext context)
    {
        var result = await context.Processes.RunAsync(new ProcessSpec("dotnet", ["build", options.StartupProject ?? options.Project, "-nologo", "-v", "q"])
        {
            WorkingDirectory = context.Root,
            CheckExitCode = false,
            LogOutput = false,
            Timeout = TimeSpan.FromMinutes(10),
        }, context.Cancellation).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var errors = result.StandardOutput.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Take(3).Select(l => l.Trim());
            throw new InvalidOperationException($"{options.StartupProject ?? options.Project} does not build: {string.Join(" ", errors)}");
        }
    }

    [GeneratedRegex("^Applying migration '([^']+)'")]
    private static partial Regex ApplyingLine();
}
