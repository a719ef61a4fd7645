using System.Collections.Concurrent;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Reads the <see cref="ConfigurationView"/> once per root for all the configuration checks of a run (a
/// malformed file fails every one of them with the same file-and-line error).</summary>
internal sealed class ConfigurationViews(ConfigurationOptions options)
{
    private readonly ConcurrentDictionary<string, Lazy<ConfigurationView>> _views = new(StringComparer.Ordinal);

    /// <summary>The options the views are read with.</summary>
    public ConfigurationOptions Options => options;

    /// <summary>The view of <paramref name="root"/>.</summary>
    public ConfigurationView Load(string root) => _views.GetOrAdd(root, r => new Lazy<ConfigurationView>(() => ConfigurationView.Load(r, options))).Value;
}
