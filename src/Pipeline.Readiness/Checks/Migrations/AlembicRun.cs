using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Runs <c>alembic</c> for every Alembic check, sharing the results: heads and history, the fresh upgrade
/// with the model-drift comparison (alembic 1.8 has no <c>alembic check</c>, so <c>revision --autogenerate</c> runs
/// in a copy of the script folder and its operations are read), the target's current revision, and the offline SQL.</summary>
internal sealed partial class AlembicRun(AlembicOptions options) : Collector("alembic"), IMigrationSource
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <summary>The run's options.</summary>
    public AlembicOptions Options => options;

    /// <inheritdoc />
    /// <inheritdoc />
    public string Stack => Stacks.Python;

    /// <inheritdoc />
    public override EvidenceReuse? Reuse => MigrationReuse.For(PythonReuse.Project(options.Directory), options.FreshDatabase);

    public bool PostgreSql => options.PostgreSql;

    /// <summary>The head revisions (<c>alembic heads</c>).</summary>
    public Task<IReadOnlyList<string>> HeadsAsync(CheckContext context) => Observe(context, "heads", async context =>
        (IReadOnlyList<string>)[.. Lines(await RunAsync(context, OfflineUrl, null, "heads").ConfigureAwait(false)).Select(l => Revision().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)]);

    /// <summary>The history lines (<c>alembic history</c>).</summary>
    public Task<IReadOnlyList<string>> HistoryAsync(CheckContext context) => Observe(context, "history", async context =>
        (IReadOnlyList<string>)[.. Lines(await RunAsync(context, OfflineUrl, null, "history").ConfigureAwait(false))]);

    /// <summary>Every revision applied to a fresh database, then the autogenerate comparison.</summary>
    public Task<AlembicUpgrade> UpgradeAsync(CheckContext context) => Observe(context, "upgrade", async context =>
    {
        var scripts = AlembicConfigFile.ScriptLocation(Root(context));
        if (options.FreshDatabase is SqliteFreshDatabase && (AlembicEnvironment.PostgreSqlOnly(scripts, context.Relative) is { } feature
            ? $"{feature.File}({feature.Line}) uses {feature.What}" : AlembicEnvironment.IsAsync(scripts) ? $"{context.Relative(Path.Combine(scripts, "env.py"))} runs an async engine" : null) is { } need)
        {
            throw new InvalidOperationException($"{need}, which SQLite cannot apply: set AlembicOptions.FreshDatabase to PostgreSqlFreshDatabase.Local "
                + "(package Pipeline.Readiness.PostgreSql) so every revision runs on a throwaway PostgreSQL database");
        }

        await using var database = await options.FreshDatabase.CreateAsync(context, Work(context)).ConfigureAwait(false);
        var upgrade = await RunAsync(context, AlembicEnvironment.UrlFor(scripts, database.SqlAlchemyUrl), null, "upgrade", "head").ConfigureAwait(false); // the seed's command: with two heads it fails, as the item should
        if (upgrade.ExitCode != 0)
        {
            var running = RunningUpgrade().Matches(upgrade.StandardError + upgrade.StandardOutput).LastOrDefault();
            return new AlembicUpgrade(running?.Groups[1].Value ?? "(base)", ErrorText(upgrade), []);
        }

        // autogenerate needs one head: with several, the history check already fails, and there is nothing to compare
        return (await HeadsAsync(context).ConfigureAwait(false)).Count == 1
            ? new AlembicUpgrade(null, null, await DriftAsync(context, AlembicEnvironment.UrlFor(scripts, database.SqlAlchemyUrl)).ConfigureAwait(false))
            : new AlembicUpgrade(null, null, []) { Compared = false };
    });

    /// <summary>The target database's current revisions (<c>alembic current</c>, read-only where possible).</summary>
    public Task<IReadOnlyList<string>> CurrentAsync(CheckContext context, string url) => Observe(context, "current", async context =>
    {
        var result = await RunAsync(context, ReadOnlyConnection.ForUrl(url), null, "current").ConfigureAwait(false);
        return result.ExitCode == 0
            ? (IReadOnlyList<string>)[.. Lines(result).Select(l => Revision().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)]
            : throw new InvalidOperationException($"alembic current failed against the target database: {ErrorText(result)}");
    });

    /// <inheritdoc />
    public Task<IReadOnlyList<MigrationStatement>> StatementsAsync(CheckContext context) => Observe(context, "sql", async context =>
    {
        var url = options.PostgreSql ? "postgresql://lint@127.0.0.1/lint" : OfflineUrl;
        var result = await RunAsync(context, url, null, "upgrade", "heads", "--sql").ConfigureAwait(false); // every head: the lint reads all of them, two heads are the history's finding
        return result.ExitCode == 0
            ? MigrationScripts.FromAlembic(result.StandardOutput)
            : throw new InvalidOperationException($"alembic upgrade heads --sql failed: {ErrorText(result)}");
    });

    /// <inheritdoc />
    public string? FileOf(CheckContext context, string migration)
    {
        var versions = Path.Combine(AlembicConfigFile.ScriptLocation(Root(context)), "versions");
        var declaration = new Regex($@"^revision\s*(?::\s*\w+\s*)?=\s*['""]{Regex.Escape(migration)}['""]", RegexOptions.Multiline);
        return Directory.Exists(versions)
            && Directory.EnumerateFiles(versions, "*.py").FirstOrDefault(f => declaration.IsMatch(File.ReadAllText(f))) is { } file ? context.Relative(file) : null;
    }

    private static string OfflineUrl => "sqlite://";

    private async Task<IReadOnlyList<string>> DriftAsync(CheckContext context, string url)
    {
        var copy = Path.Combine(Work(context), $"scripts-{Guid.NewGuid():N}");
        CopyDirectory(AlembicConfigFile.ScriptLocation(Root(context)), copy);
        try
        {
            var result = await RunAsync(context, url, copy, "revision", "--autogenerate", "-m", "pipeline drift check", "--rev-id", "pipelinedrift").ConfigureAwait(false);
            var generated = Directory.Exists(Path.Combine(copy, "versions")) ? Directory.GetFiles(Path.Combine(copy, "versions"), "pipelinedrift*.py").FirstOrDefault() : null;
            if (result.ExitCode != 0 || generated is null)
            {
                throw new InvalidOperationException($"the autogenerate comparison could not run (does env.py set target_metadata?): {ErrorText(result)}");
            }

            var text = await File.ReadAllTextAsync(generated, context.Cancellation).ConfigureAwait(false);
            var upgrade = UpgradeBody().Match(text) is { Success: true } body ? body.Groups[1].Value : text;
            return [.. upgrade.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("op.", StringComparison.Ordinal))];
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private async Task<ProcessResult> RunAsync(CheckContext context, string url, string? scriptLocation, params string[] arguments)
    {
        var root = Root(context);
        var ini = AlembicConfigFile.Write(root, url, scriptLocation ?? AlembicConfigFile.ScriptLocation(root), Work(context));
        try
        {
            return await context.Processes.RunAsync(new ProcessSpec(options.Executable, ["-c", ini, .. arguments])
            {
                WorkingDirectory = root,
                CheckExitCode = false,
                LogOutput = false,
                Timeout = TimeSpan.FromMinutes(5),
                Environment = new Dictionary<string, string?> { [options.UrlVariable] = url, ["PYTHONPATH"] = $"{root}{Path.PathSeparator}{context.Root}" },
            }, context.Cancellation).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(ini);
        }
    }

    private string Root(CheckContext context) => Path.GetFullPath(options.Directory, context.Root);

    private static string Work(CheckContext context) => context.Artifact("work", "alembic");

    private static IEnumerable<string> Lines(ProcessResult result) => result.ExitCode == 0
        ? result.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)
        : throw new InvalidOperationException($"alembic failed: {ErrorText(result)}");

    private static string ErrorText(ProcessResult result)
    {
        var lines = (result.StandardError + "\n" + result.StandardOutput).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("INFO ", StringComparison.Ordinal)).ToList();
        return string.Join(" ", lines.TakeLast(2));
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in RepositoryTree.Files(source, d => Path.GetFileName(d) == "__pycache__").Select(f => Path.Combine(source, f)))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    [GeneratedRegex(@"^(\w+)(?: \(.*\))?\s*$")]
    private static partial Regex Revision();

    [GeneratedRegex(@"Running upgrade\s+(?:\S+\s+)?->\s+([^,\s]+)")]
    private static partial Regex RunningUpgrade();

    [GeneratedRegex(@"def upgrade\(\)[^:]*:(.*?)(?:\ndef |\z)", RegexOptions.Singleline)]
    private static partial Regex UpgradeBody();
}
