namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The deployment's configuration as one key/value view over env files, JSON settings and Kubernetes
/// manifests, remembering where each value came from. Keys are the seed's, mapped through the options.</summary>
internal sealed class ConfigurationView
{
    private readonly ConfigurationOptions _options;

    private readonly string _root;

    private readonly Lazy<(string All, string Python)> _code;

    private ConfigurationView(string root, ConfigurationOptions options, IReadOnlyList<ConfigurationEntry> entries, IReadOnlyList<string> sources, IReadOnlyList<KubernetesObject> objects,
        PythonSettings settings)
    {
        (_root, _options, Entries, Sources, Objects, Settings) = (root, options, entries, sources, objects, settings);
        _code = new Lazy<(string, string)>(() =>
        {
            var code = ServiceSource.Code(_root);
            return (string.Join('\n', code.Values), string.Join('\n', code.Where(f => f.Key.EndsWith(".py", StringComparison.Ordinal)).Select(f => f.Value)));
        });
    }

    /// <summary>Every entry: the service's defaults, then files, then manifests, then the environment; later ones win.</summary>
    public IReadOnlyList<ConfigurationEntry> Entries { get; }

    /// <summary>The files read.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The Kubernetes objects of the manifests (Ingresses, workloads, ConfigMaps).</summary>
    public IReadOnlyList<KubernetesObject> Objects { get; }

    /// <summary>Reads the view. Malformed files throw, naming file and line.</summary>
    public static ConfigurationView Load(string root, ConfigurationOptions options) => Load(root, options, KubernetesManifests.Read(root, options.Manifests));

    /// <summary>Reads the view with the manifests' objects already read, over the service's own defaults (the pydantic
    /// settings class; lowest layer) and the deployment tools' overlays (Compose, Helm values, Skaffold, kustomize,
    /// DevSpace), ordered by <see cref="ConfigurationLayerKind"/>. Malformed files throw, naming file and line.</summary>
    public static ConfigurationView Load(string root, ConfigurationOptions options, IReadOnlyList<KubernetesObject> objects, PythonSettings? settings = null)
    {
        var files = ConfigurationFiles.Read(root, options.Files).Select(e => e with { Kind = DeploymentLayers.KindOf(e.File, ConfigurationLayerKind.Production) });
        var environment = FromEnvironment(options);
        var defaults = settings ?? PythonSettings.None;
        var tree = ServiceSource.Files(root);
        var overlays = ComposeEnvironment.Read(root, tree).Concat(HelmValuesEnvironment.Read(root, tree)).Concat(KustomizeEnvironment.Read(root, tree))
            .Concat(KubernetesEnvironment.Read(DevSpaceDeployments.Read(root).Workloads)
                .Select(e => e with { Layer = "devspace deployment", Kind = ConfigurationLayerKind.Development })).ToList();
        var manifests = KubernetesEnvironment.Read(objects).Select(e => e with { Kind = DeploymentLayers.KindOf(e.File, ConfigurationLayerKind.Production) });
        var codeDefaults = defaults.Defaults.Select(e => e with { Kind = DeploymentLayers.KindOf(e.File, ConfigurationLayerKind.Default) }); // a DevSettings class in settings/development.py is development's
        ConfigurationEntry[] entries = [.. codeDefaults, .. overlays, .. files, .. manifests, .. environment];
        var sources = defaults.Files.Concat(overlays.Select(e => e.File)).Concat(options.Files.Where(f => RepositoryTree.ExistsToRead(root, f))).Concat(objects.Select(o => o.File))
            .Concat(environment.Take(1).Select(e => e.File)).Distinct().ToList();
        return new ConfigurationView(root, options, [.. entries.OrderBy(e => e.Kind)], sources, objects, defaults);
    }

    /// <summary>The service's settings classes as read statically (defaults, instances, validation methods).</summary>
    public PythonSettings Settings { get; }

    private static IEnumerable<ConfigurationEntry> FromEnvironment(ConfigurationOptions options) =>
        options.Environment is not { } variables ? [] : ConfigurationKeys.Seed.Select(k => options.Keys.GetValueOrDefault(k, k))
            .Where(variables.ContainsKey).Select(k => new ConfigurationEntry(k, variables[k], "the process environment", 0)).ToList();

    /// <summary>Names services use for a seed key when they do not use the seed's (pydantic's <c>logging_level</c>).</summary>
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["LOG_LEVEL"] = ["LOGGING_LEVEL", "LOGLEVEL"],
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal); // the checks of one evaluation share the view

    /// <summary>The service's name for a seed key: the mapping of <see cref="ConfigurationOptions.Keys"/>, else the
    /// seed's name, else a synonym the service knows (<c>LOGGING_LEVEL</c> for <c>LOG_LEVEL</c>).</summary>
    public string KeyOf(string seedKey)
    {
        if (_options.Keys.TryGetValue(seedKey, out var mapped))
        {
            return mapped;
        }

        return _keys.GetOrAdd(seedKey, k => KnowsKey(k) ? k : Synonyms.GetValueOrDefault(k, []).FirstOrDefault(KnowsKey) ?? k);
    }

    /// <summary>The winning entry for a seed key, or null: the last of the highest layer, never a development
    /// overlay's.</summary>
    public ConfigurationEntry? Find(string seedKey) => Winner(KeyOf(seedKey), StringComparison.Ordinal);

    /// <summary>The winning entry for the service's own key (a settings field's name, so case-insensitive where asked).</summary>
    public ConfigurationEntry? Winner(string key, StringComparison comparison) =>
        Entries.LastOrDefault(e => e.Key.Equals(key, comparison) && e.Kind != ConfigurationLayerKind.Development);

    /// <summary>The value production gets for every key: the winning entry of each, development overlays left out.</summary>
    public IEnumerable<ConfigurationEntry> Winners =>
        Entries.Where(e => e.Kind != ConfigurationLayerKind.Development).GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.Last());

    /// <summary>The environment a pod would get: every plain value (later ones win), plus stand-ins for the values
    /// kept in Secrets, which the gate never reads.</summary>
    public Dictionary<string, string> Environment(IReadOnlyDictionary<string, string>? standIns = null) =>
        Winners.Where(e => e.Reference is null).Select(e => KeyValuePair.Create(e.Key, e.Value)).Concat(standIns ?? new Dictionary<string, string>())
            .GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    /// <summary>Whether the service knows the key at all: a value in some layer, or its name in its code, as written or
    /// in lower case in Python (a pydantic field); C#'s <c>Environment</c> or a local <c>environment</c> is not the key
    /// (a settings field without a default, <c>os.environ["KEY"]</c>, <c>configuration["Key"]</c>).</summary>
    public bool Knows(string seedKey) => KnowsKey(KeyOf(seedKey));

    private bool KnowsKey(string key)
    {
        static bool Named(string text, string name) =>
            System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![A-Za-z0-9_]){System.Text.RegularExpressions.Regex.Escape(name)}(?![A-Za-z0-9_])");
        return Entries.Any(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase)) || Named(_code.Value.All, key) || Named(_code.Value.Python, key.ToLowerInvariant());
    }

    /// <summary>"KEY is not set" with where was looked, and the development overlays that set it (never production's).</summary>
    public string NotSet(string seedKey)
    {
        var development = Entries.Where(e => e.Key == KeyOf(seedKey) && e.Kind == ConfigurationLayerKind.Development).Select(e => e.Line > 0 ? $"{e.File}({e.Line})" : e.File).ToList();
        return $"{KeyOf(seedKey)} is not set in {(Sources.Count == 0 ? "any configuration source (none found)" : string.Join(", ", Sources))}"
            + (development.Count == 0 ? string.Empty : $"; only a development overlay sets it: {string.Join(", ", development)}");
    }
}
