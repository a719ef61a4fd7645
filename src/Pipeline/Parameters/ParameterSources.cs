using Pipeline.Cli;

namespace Pipeline.Parameters;

/// <summary>Where parameter values come from, highest precedence first: <c>--kebab-case</c> arguments,
/// environment variables (exact name, <c>PIPELINE_</c> or NUKE's <c>NUKE_</c> prefix, or letters-and-digits-insensitive), profile
/// files (the last profile named wins), then <c>.nuke/parameters.json</c>.</summary>
internal sealed class ParameterSources(
    IReadOnlyList<CommandLineOption> options,
    IReadOnlyDictionary<string, string> environment,
    IReadOnlyList<ParameterFileEntry> fileEntries)
{
    /// <summary>The engine's own options a parameter file may set too (NUKE users keep <c>Verbosity</c> there).</summary>
    public static readonly HashSet<string> EngineOptions = [ParameterNames.Normalize("Verbosity")];

    /// <summary>The value a parameter file gives an engine option (the last file wins), or null.</summary>
    public RawValue? EngineOption(string name) => fileEntries.LastOrDefault(e => ParameterNames.Normalize(e.Key) == ParameterNames.Normalize(name))?.Value;

    public RawValue? Find(ParameterMember member) =>
        FromArguments(member) ?? FromEnvironment(member) ?? FromFiles(member);

    public IEnumerable<string> Unknown(IReadOnlyList<ParameterMember> members)
    {
        var keys = members.Select(m => m.Key).ToHashSet();
        var known = string.Join(", ", members.Select(m => m.OptionName));
        foreach (var option in options.Where(o => !keys.Contains(ParameterNames.Normalize(o.Name))))
        {
            yield return $"Unknown option '--{option.Name}'." + (known.Length > 0 ? $" Parameters: {known}." : string.Empty);
        }

        foreach (var (key, _, value) in fileEntries.Where(e => e.Key != "$schema" && !keys.Contains(ParameterNames.Normalize(e.Key)) && !EngineOptions.Contains(ParameterNames.Normalize(e.Key))))
        {
            yield return $"{value.Source}: unknown parameter '{key}'.";
        }
    }

    private RawValue? FromArguments(ParameterMember member) => options
        .LastOrDefault(o => ParameterNames.Normalize(o.Name) == member.Key) is { } option
        ? new RawValue($"argument --{option.Name}", option.Values)
        : null;

    private RawValue? FromEnvironment(ParameterMember member)
    {
        string? name = null;
        if (environment.ContainsKey(member.Name))
        {
            name = member.Name;
        }
        else if (new[] { ParameterNames.EnvironmentPrefix, ParameterNames.NukePrefix }.Select(p => p + member.Name).FirstOrDefault(environment.ContainsKey) is { } prefixed)
        {
            name = prefixed;
        }
        else
        {
            name = Normalized.GetValueOrDefault(member.Key);
        }

        return name is null ? null : new RawValue($"environment variable {name}", [environment[name]], SplitLists: true);
    }

    /// <summary>Each parameter key a variable answers to (letters and digits, case-insensitive; with or without a
    /// <c>PIPELINE_</c> or <c>NUKE_</c> prefix), to the first variable in ordinal order that does: built once, not per
    /// parameter.</summary>
    private Dictionary<string, string> Normalized => _normalized ??= BuildNormalized();

    private Dictionary<string, string>? _normalized;

    private Dictionary<string, string> BuildNormalized()
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in environment.Keys.Order(StringComparer.Ordinal))
        {
            var normalized = ParameterNames.Normalize(variable);
            byKey.TryAdd(normalized, variable);
            foreach (var prefix in (ReadOnlySpan<string>)[ParameterNames.EnvironmentPrefix, ParameterNames.NukePrefix])
            {
                var normalizedPrefix = ParameterNames.Normalize(prefix);
                if (variable.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && normalized.StartsWith(normalizedPrefix, StringComparison.Ordinal))
                {
                    byKey.TryAdd(normalized[normalizedPrefix.Length..], variable);
                }
            }
        }

        return byKey;
    }

    private RawValue? FromFiles(ParameterMember member) =>
        fileEntries.LastOrDefault(e => ParameterNames.Normalize(e.Key) == member.Key)?.Value;
}
