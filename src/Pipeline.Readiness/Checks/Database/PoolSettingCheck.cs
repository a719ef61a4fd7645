using Pipeline.Readiness.Checks.Database.Rules;

namespace Pipeline.Readiness.Checks.Database;

/// <summary>One connection-pool item decided by its <see cref="PoolRule"/>: the seed's variable (<c>DB_POOL_SIZE</c>,
/// <c>DB_MAX_OVERFLOW</c>, <c>DB_POOL_PRE_PING</c>, <c>DB_POOL_RECYCLE</c>) or, when it is absent, the Npgsql keyword in
/// the connection string. Read from settings files and Kubernetes manifests; findings name key, value and file(line).
/// No source at all is an Error.</summary>
internal sealed class PoolSettingCheck(PoolConfigurationOptions options, PoolRule rule, ConfigurationViews? views = null) : ReadinessCheck<PoolConfigurationOptions>(options)
{
    private readonly ConfigurationViews _views = views ?? Views(options);

    /// <summary>The configuration reads the four pool checks of one run share.</summary>
    public static ConfigurationViews Views(PoolConfigurationOptions options) => new(new ConfigurationOptions { Files = options.Files, Manifests = options.Manifests });

    /// <inheritdoc />
    public override string Name => $"pool-{rule.Name}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var view = await _views.LoadAsync(context).ConfigureAwait(false);
        if (view.Sources.Count == 0)
        {
            return CheckResult.Error($"none of the settings files or manifests exist: {string.Join(", ", Options.Files.Concat(Options.Manifests))}");
        }

        var variable = rule.Variable(Options);
        var entry = view.Entries.LastOrDefault(e => e.Key == variable);
        var connection = view.Entries.LastOrDefault(e => e.Key == Options.ConnectionStringKey && e.Reference is null);
        var (problem, evidence) = entry is not null ? (rule.OfVariable(entry.Value, $"{entry.Key}={entry.Value} at {entry.Source}", Options), $"{entry.Key}={entry.Value} at {entry.Source}")
            : connection is not null ? rule.OfKeywords(PoolKeywords.Parse(connection.Value), $"{connection.Key} at {connection.Source}", Options)
            : ($"{view.NotSet(variable)}, and there is no plain {Options.ConnectionStringKey} to read pool keywords from", string.Empty);
        var source = entry ?? connection;
        return problem is null
            ? CheckResult.Passed(1, evidence)
            : CheckResult.Failed(1, problem, Finding.Create($"pool.{rule.Name}", FindingSeverity.Error, source?.FindingFile, source?.FindingLine, problem, variable));
    }
}
