namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>One configuration rule for one item, over the shared <see cref="ConfigurationView"/>. A failure names the
/// key, the value (or the Secret holding it) and file(line).</summary>
internal sealed class ConfigurationRuleCheck(ConfigurationViews views, string name, Func<ConfigurationView, ConfigurationOptions, CheckContext, Task<CheckResult>> rule)
    : ReadinessCheck<ConfigurationOptions>(views.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context) => await rule(await views.LoadAsync(context).ConfigureAwait(false), Options, context).ConfigureAwait(false);

    /// <summary>Failed for <paramref name="entry"/>: <c>KEY='value' at file(line): why</c>.</summary>
    public static CheckResult Bad(string rule, ConfigurationEntry entry, string why)
    {
        var finding = FindingFor(rule, entry, why);
        return CheckResult.Failed(1, finding.Message, finding);
    }

    /// <summary>The finding for <paramref name="entry"/>: <c>KEY='value' at file(line): why</c>, pointing at its file
    /// and line (none for the process environment).</summary>
    public static Finding FindingFor(string rule, ConfigurationEntry entry, string why) =>
        Finding.Create($"config.{rule}", FindingSeverity.Error, entry.FindingFile, entry.FindingLine, CredentialMask.Apply($"{entry.Key}={entry.Shown} at {entry.Source}: {why}"), entry.Key);

    /// <summary>Failed because the key is missing — when the service knows the key (its code or some layer names it).
    /// A key the service never names is the seed template's, not this service's: the item is then undecided (an Error
    /// saying how to map it), never a failure the service could not have avoided.</summary>
    public static CheckResult Missing(string rule, ConfigurationView view, string seedKey)
    {
        if (!view.Knows(seedKey))
        {
            return CheckResult.Error($"{view.KeyOf(seedKey)} is not a setting of this service: neither its code nor any configuration file names it "
                + $"({(view.Sources.Count == 0 ? "no configuration file found" : "read " + string.Join(", ", view.Sources.Take(4)))}); "
                + $"map the item to the service's own key (ConfigurationOptions.Keys[\"{seedKey}\"]), or decide it with a check of your own");
        }

        var message = view.NotSet(seedKey);
        return CheckResult.Failed(1, message, Finding.Create($"config.{rule}", FindingSeverity.Error, null, null, message, view.KeyOf(seedKey)));
    }

    /// <summary>Passed for <paramref name="entry"/>, citing it.</summary>
    public static CheckResult Good(ConfigurationEntry entry, string what) => CheckResult.Passed(1, CredentialMask.Apply($"{entry.Key}={entry.Shown} at {entry.Source}: {what}"));
}
