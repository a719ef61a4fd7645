namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>How close a configuration layer is to what production runs, lowest first: a later kind wins for the same
/// key, and a <see cref="Development"/> value is never taken for the production one.</summary>
internal enum ConfigurationLayerKind
{
    /// <summary>The service's own default in code (a pydantic field's default).</summary>
    Default,

    /// <summary>A development, local or test overlay (<c>compose.override.yml</c>, <c>values-dev.yaml</c>,
    /// <c>overlays/dev</c>, <c>devspace.yaml</c>): shown in reasons, never the production value.</summary>
    Development,

    /// <summary>A base every environment shares (<c>compose.yml</c>, a chart's <c>values.yaml</c>, <c>kustomize
    /// base</c>), unless a production layer sets the key.</summary>
    Shared,

    /// <summary>A production file or manifest, or the deploy environment.</summary>
    Production,
}
