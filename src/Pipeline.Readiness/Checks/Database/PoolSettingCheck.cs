using System.Data.Common;
using System.Globalization;

namespace Pipeline.Readiness.Checks.Database;

/// <summary>One connection-pool item: the seed's variable (<c>DB_POOL_SIZE</c>, <c>DB_MAX_OVERFLOW</c>,
/// <c>DB_POOL_PRE_PING</c>, <c>DB_POOL_RECYCLE</c>) or, when it is absent, the Npgsql keyword in the connection string.
/// Read from settings files and Kubernetes manifests; findings name key, value and file(line). No source at all is an Error.</summary>
internal sealed class PoolSettingCheck(PoolConfigurationOptions options, PoolSetting setting, ConfigurationViews? views = null) : ReadinessCheck<PoolConfigurationOptions>(options)
{
    private readonly ConfigurationViews _views = views ?? Views(options);

    /// <summary>The configuration reads the four pool checks of one run share.</summary>
    public static ConfigurationViews Views(PoolConfigurationOptions options) => new(new ConfigurationOptions { Files = options.Files, Manifests = options.Manifests });

    /// <inheritdoc />
    public override string Name => $"pool-{setting.ToString().ToLowerInvariant()}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var view = await _views.LoadAsync(context).ConfigureAwait(false);
        if (view.Sources.Count == 0)
        {
            return CheckResult.Error($"none of the settings files or manifests exist: {string.Join(", ", Options.Files.Concat(Options.Manifests))}");
        }

        var entries = view.Entries;
        var variable = setting switch
        {
            PoolSetting.Size => Options.PoolSizeKey,
            PoolSetting.MaxOverflow => Options.MaxOverflowKey,
            PoolSetting.PrePing => Options.PrePingKey,
            _ => Options.RecycleKey,
        };
        var entry = entries.LastOrDefault(e => e.Key == variable);
        var connection = entries.LastOrDefault(e => e.Key == Options.ConnectionStringKey && e.Reference is null);
        var (problem, evidence) = entry is not null ? (Variable(entry), $"{entry.Key}={entry.Value} at {entry.Source}")
            : connection is not null ? Keywords(connection)
            : ($"{view.NotSet(variable)}, and there is no plain {Options.ConnectionStringKey} to read pool keywords from", string.Empty);
        var source = entry ?? connection;
        return problem is null
            ? CheckResult.Passed(1, evidence)
            : CheckResult.Failed(1, problem, Finding.Create($"pool.{setting.ToString().ToLowerInvariant()}", FindingSeverity.Error, source?.FindingFile, source?.FindingLine, problem, variable));
    }

    private string? Variable(ConfigurationEntry entry)
    {
        var number = int.TryParse(entry.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var where = $"{entry.Key}={entry.Value} at {entry.Source}";
        return setting switch
        {
            PoolSetting.Size when number is null || n < 1 || n > Options.MaximumPoolSize => $"{where}: expected a whole number from 1 to {Options.MaximumPoolSize}",
            PoolSetting.MaxOverflow when number is null || n < 1 => $"{where}: expected a whole number of at least 1 (burst capacity)",
            PoolSetting.PrePing when !entry.Value.Equals("true", StringComparison.OrdinalIgnoreCase) && entry.Value != "1" => $"{where}: expected true",
            PoolSetting.Recycle when number is null || n < 1 => $"{where}: expected a positive number of seconds",
            _ => null,
        };
    }

    private (string? Problem, string Evidence) Keywords(ConfigurationEntry connection)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connection.Value };
        int? Number(params string[] names) => builder.Keys.Cast<string>().FirstOrDefault(k => names.Contains(k.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)) is { } key
            && int.TryParse(Convert.ToString(builder[key], CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        var (maximum, minimum) = (Number("MaximumPoolSize", "MaxPoolSize"), Number("MinimumPoolSize", "MinPoolSize") ?? 0);
        var where = $"{connection.Key} at {connection.Source}";
        return setting switch
        {
            PoolSetting.Size => maximum is >= 1 && maximum <= Options.MaximumPoolSize ? (null, $"Maximum Pool Size={maximum} in {where}") : ($"{where}: Maximum Pool Size must be set from 1 to {Options.MaximumPoolSize} (got {maximum?.ToString(CultureInfo.InvariantCulture) ?? "nothing"})", string.Empty),
            PoolSetting.MaxOverflow => maximum > minimum ? (null, $"Maximum Pool Size {maximum} above Minimum Pool Size {minimum} in {where}") : ($"{where}: Maximum Pool Size must be set above Minimum Pool Size ({minimum}) to allow bursts", string.Empty),
            PoolSetting.PrePing => Number("Keepalive", "KeepAlive") is > 0 ? (null, $"Keepalive set in {where}") : ($"{where}: set Keepalive (seconds) so dead connections are found, Npgsql's counterpart of pre-ping", string.Empty),
            _ => Number("ConnectionLifetime", "LoadBalanceTimeout") is > 0 ? (null, $"Connection Lifetime set in {where}") : ($"{where}: set Connection Lifetime (seconds) so connections are recycled", string.Empty),
        };
    }
}
