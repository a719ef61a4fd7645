namespace Pipeline.Readiness.Checks.Database;

/// <summary>Where the deployment's pool settings are and what they are called: the seed's SQLAlchemy variables, or
/// the Npgsql keywords of a connection string held under <see cref="ConnectionStringKey"/>.</summary>
public sealed record PoolConfigurationOptions : ICheckOptions
{
    /// <summary>Settings files relative to the root (env files and JSON); later files win. Missing ones are skipped.</summary>
    public IReadOnlyList<string> Files { get; init; } = [".env.production", "deploy/production.env", "appsettings.Production.json"];

    /// <summary>Kubernetes manifests whose ConfigMaps and container env carry the settings (read after the files).</summary>
    public IReadOnlyList<string> Manifests { get; init; } = new ConfigurationOptions().Manifests;

    /// <summary>The pool size variable.</summary>
    public string PoolSizeKey { get; init; } = "DB_POOL_SIZE";

    /// <summary>The overflow variable.</summary>
    public string MaxOverflowKey { get; init; } = "DB_MAX_OVERFLOW";

    /// <summary>The pre-ping variable.</summary>
    public string PrePingKey { get; init; } = "DB_POOL_PRE_PING";

    /// <summary>The recycle variable (seconds).</summary>
    public string RecycleKey { get; init; } = "DB_POOL_RECYCLE";

    /// <summary>The key of an Npgsql connection string whose keywords count as the settings (e.g. <c>ConnectionStrings:Default</c>).</summary>
    public string ConnectionStringKey { get; init; } = "ConnectionStrings:Default";

    /// <summary>The largest sensible pool per instance.</summary>
    public int MaximumPoolSize { get; init; } = 100;

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (Files.Count == 0)
        {
            yield return "Files: name at least one settings file";
        }

        if (MaximumPoolSize < 1)
        {
            yield return $"MaximumPoolSize: must be at least 1 (got {MaximumPoolSize})";
        }
    }
}
