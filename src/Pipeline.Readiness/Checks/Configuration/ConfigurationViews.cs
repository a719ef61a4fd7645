namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The <see cref="ConfigurationView"/>, read once per evaluation for all the checks that read it with these
/// options (a malformed file fails every one of them with the same file-and-line error); its manifests come from the
/// evaluation's shared read of the same globs, its lowest layer from the Python service's settings classes.</summary>
internal sealed class ConfigurationViews(ConfigurationOptions options) : Collector("configuration-view")
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private readonly KubernetesManifestReads _manifests = new(options.Manifests);

    /// <summary>The options the views are read with.</summary>
    public ConfigurationOptions Options => options;

    /// <summary>The view of the root.</summary>
    public Task<ConfigurationView> LoadAsync(CheckContext context) => Observe(context, "read", async c =>
        ConfigurationView.Load(c.Root, options, await _manifests.ReadAsync(c).ConfigureAwait(false), await PythonSettings.ReadAsync(c).ConfigureAwait(false)));
}
