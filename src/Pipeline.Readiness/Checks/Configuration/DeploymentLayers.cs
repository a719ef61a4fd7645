namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The layer a deployment file belongs to, from the words of its path: <c>dev</c>, <c>local</c>,
/// <c>override</c>, <c>test</c>, … make it a development overlay; <c>prod</c>, <c>production</c>, <c>deploy</c>,
/// <c>release</c> a production one; anything else the given fallback (a base layer, or production for the files the
/// options name as the deployment's).</summary>
internal static class DeploymentLayers
{
    private static readonly HashSet<string> DevelopmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dev", "develop", "development", "local", "override", "test", "tests", "testing", "ci", "e2e", "debug", "sandbox", "example", "sample",
    };

    private static readonly HashSet<string> ProductionWords = new(StringComparer.OrdinalIgnoreCase) { "prod", "production", "deploy", "release", "live" };

    /// <summary>The kind of <paramref name="path"/> (relative, with <c>/</c>), or <paramref name="fallback"/>.</summary>
    public static ConfigurationLayerKind KindOf(string path, ConfigurationLayerKind fallback)
    {
        var words = path.Split(['/', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(DevelopmentWords.Contains) ? ConfigurationLayerKind.Development
            : words.Any(ProductionWords.Contains) ? ConfigurationLayerKind.Production
            : fallback;
    }

    /// <summary>What a reason calls the kind.</summary>
    public static string Describe(ConfigurationLayerKind kind) => kind switch
    {
        ConfigurationLayerKind.Default => "default in code",
        ConfigurationLayerKind.Development => "development overlay",
        ConfigurationLayerKind.Shared => "shared base",
        _ => "production",
    };
}
