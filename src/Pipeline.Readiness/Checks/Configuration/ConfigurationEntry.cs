namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>One configuration value and where it came from (file and line, or the process environment with line 0), so
/// a finding can point at it. A value
/// held in a Kubernetes Secret is a <see cref="Reference"/> (<c>Secret orders-db/url</c>): present, but not visible.</summary>
internal sealed record ConfigurationEntry(string Key, string Value, string File, int Line, string? Reference = null)
{
    /// <summary>Which layer set the value when it is not a plain configuration file, e.g. <c>the default of
    /// Settings.jwt_algorithm</c> for a pydantic default; null for files, manifests and the environment.</summary>
    public string? Layer { get; init; }

    /// <summary>How close the layer is to production; later kinds win (files, manifests and the environment are
    /// production unless their path names a development overlay).</summary>
    public ConfigurationLayerKind Kind { get; init; } = ConfigurationLayerKind.Production;

    /// <summary><c>file(line)</c>, as findings and messages show it (just the source when it has no lines), with the
    /// layer when there is one: <c>the default of Settings.jwt_algorithm at app/core/config.py(41), no production
    /// value</c> (a default or development value is only shown when no production layer sets the key).</summary>
    public string Source => (Layer is null ? string.Empty : $"{Layer} at ") + (Line > 0 ? $"{File}({Line})" : File) + Kind switch
    {
        ConfigurationLayerKind.Default => ", no production value",
        ConfigurationLayerKind.Development => " (development overlay only)",
        _ => string.Empty,
    };

    /// <summary>Whether the value is a variable the deployment fills in when it runs (compose's <c>${SECRET_KEY}</c>):
    /// present, but not in the repository.</summary>
    public bool IsDeployVariable => Reference?.StartsWith('$') == true;

    /// <summary>The file a finding points at: none for the process environment.</summary>
    public string? FindingFile => Line > 0 ? File : null;

    /// <summary>The line a finding points at: none for the process environment.</summary>
    public int? FindingLine => Line > 0 ? Line : null;

    /// <summary>How a message shows the value: the value with every password masked, or the reference for a secret.</summary>
    public string Shown => Reference is null ? $"'{CredentialMask.Apply(Value)}'" : $"({Reference})";
}
