using System.Text.Json.Nodes;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>The project's ruff settings as ruff finds them (<c>ruff.toml</c>, <c>.ruff.toml</c>, else
/// <c>[tool.ruff]</c> of <c>pyproject.toml</c>), split for the WebAssembly engine, which checks one text at a time: the
/// rule settings go to the engine; file selection (<c>exclude</c>, <c>extend-exclude</c>) and <c>per-file-ignores</c>
/// are applied here, by ruff's matching (a pattern without <c>/</c> also matches any path component). Two settings
/// ruff derives from the file system are filled in when not set: <c>target-version</c> from
/// <c>project.requires-python</c>, and isort's <c>known-first-party</c> from the project's own packages and modules.</summary>
internal sealed class RuffSettings
{
    private static readonly string[] DefaultExclude =
        [".bzr", ".direnv", ".eggs", ".git", ".git-rewrite", ".hg", ".mypy_cache", ".nox", ".pants.d", ".pytype", ".ruff_cache", ".svn", ".tox", ".venv",
         "__pypackages__", "_build", "buck-out", "dist", "node_modules", "site-packages", "venv"];

    private RuffSettings(JsonObject engine, IReadOnlyList<string> exclude, IReadOnlyList<(string Pattern, string[] Codes)> perFileIgnores, string source)
    {
        Engine = engine;
        Exclude = exclude;
        PerFileIgnores = perFileIgnores;
        Source = source;
    }

    /// <summary>The settings the engine gets.</summary>
    public JsonObject Engine { get; }

    /// <summary>Exclusion patterns: ruff's defaults, <c>exclude</c> and <c>extend-exclude</c>.</summary>
    public IReadOnlyList<string> Exclude { get; }

    public IReadOnlyList<(string Pattern, string[] Codes)> PerFileIgnores { get; }

    /// <summary>Where the settings came from, e.g. <c>pyproject.toml [tool.ruff]</c>, or <c>ruff's defaults</c>.</summary>
    public string Source { get; }

    public static RuffSettings Read(PythonProject project)
    {
        var (table, source) = File.Exists(Path.Combine(project.Directory, "ruff.toml")) ? (PythonProject.ReadToml(Path.Combine(project.Directory, "ruff.toml")), "ruff.toml")
            : File.Exists(Path.Combine(project.Directory, ".ruff.toml")) ? (PythonProject.ReadToml(Path.Combine(project.Directory, ".ruff.toml")), ".ruff.toml")
            : project.Table("tool.ruff") is { } tool ? (tool, "pyproject.toml [tool.ruff]") : (null, "ruff's defaults");
        var engine = table is null ? [] : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(table))!.AsObject();
        if (engine.ContainsKey("extend"))
        {
            throw new InvalidOperationException($"{source}: 'extend' (settings inherited from another file) is not followed by ruff's WebAssembly build; install ruff in the project's environment");
        }

        var exclude = engine["exclude"] is JsonArray own ? Strings(own) : [.. DefaultExclude];
        exclude.AddRange(Strings(engine["extend-exclude"] as JsonArray));
        var lint = engine["lint"] as JsonObject;
        var ignores = new List<(string, string[])>();
        foreach (var holder in new[] { engine, lint })
        {
            foreach (var key in new[] { "per-file-ignores", "extend-per-file-ignores" })
            {
                if (holder?[key] is JsonObject map)
                {
                    ignores.AddRange(map.Select(p => (p.Key, Strings(p.Value as JsonArray).ToArray())));
                    holder.Remove(key);
                }
            }
        }

        foreach (var key in new[] { "exclude", "extend-exclude", "include", "extend-include", "force-exclude", "respect-gitignore", "cache-dir", "src", "fix", "unsafe-fixes", "show-fixes", "output-format", "required-version" })
        {
            engine.Remove(key);
        }

        if (!engine.ContainsKey("target-version") && TargetVersion(project) is { } target)
        {
            engine["target-version"] = target;
        }

        lint ??= engine["lint"] as JsonObject ?? [];
        engine["lint"] = lint;
        var isort = lint["isort"] as JsonObject ?? [];
        lint["isort"] = isort;
        if (!isort.ContainsKey("known-first-party") && project.ImportRoots() is { Count: > 0 } packages)
        {
            isort["known-first-party"] = new JsonArray([.. packages.Select(p => (JsonNode)p)]);
        }

        return new RuffSettings(engine, exclude, ignores, source);
    }

    /// <summary>Whether preview rules and behaviours are on (<c>preview</c> at the top or under <c>lint</c>).</summary>
    public bool Preview => Engine["preview"]?.GetValue<bool>() == true || (Engine["lint"] as JsonObject)?["preview"]?.GetValue<bool>() == true;

    /// <summary>Whether a diagnostic the WebAssembly engine reported holds for the file's path, which the engine never
    /// sees (it checks text): <c>F822</c> (an undefined name in <c>__all__</c>) is not reported in an <c>__init__.py</c>
    /// outside preview, where submodules make the names.</summary>
    public bool HoldsForPath(string relative, string code) =>
        !(code == "F822" && Path.GetFileName(relative) == "__init__.py" && !Preview);

    /// <summary>Whether ruff leaves <paramref name="relative"/> out: a pattern matches the path, a folder on it, or
    /// (without <c>/</c>) any of its components.</summary>
    public bool Excluded(string relative)
    {
        var parts = relative.Split('/');
        var prefixes = Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts[..n])).ToList();
        return Exclude.Any(pattern => prefixes.Any(p => Matches(pattern, p)) || (!pattern.Contains('/', StringComparison.Ordinal) && parts.Any(p => Matches(pattern, p))));
    }

    /// <summary>Whether a diagnostic <paramref name="code"/> in <paramref name="relative"/> is ignored by <c>per-file-ignores</c>.</summary>
    public bool Ignored(string relative, string code) =>
        PerFileIgnores.Any(i => (Matches(i.Pattern, relative) || (!i.Pattern.Contains('/', StringComparison.Ordinal) && Matches(i.Pattern, Path.GetFileName(relative))))
            && i.Codes.Any(c => c == "ALL" || code.StartsWith(c, StringComparison.Ordinal)));

    private static bool Matches(string pattern, string path)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern.TrimStart('.', '/') is { Length: > 0 } trimmed && pattern.StartsWith("./", StringComparison.Ordinal) ? trimmed : pattern);
        return matcher.Match(path).HasMatches;
    }

    private static List<string> Strings(JsonArray? array) => [.. (array ?? []).Select(v => v?.GetValue<string>()).OfType<string>()];

    /// <summary><c>py313</c> from <c>requires-python = "&gt;=3.13"</c>.</summary>
    private static string? TargetVersion(PythonProject project) =>
        project.RequiresPython is { } requires
            && System.Text.RegularExpressions.Regex.Match(requires, @">=?\s*3\.(\d+)") is { Success: true } match ? $"py3{match.Groups[1].Value}" : null;
}
