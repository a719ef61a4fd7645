namespace Pipeline.Readiness.PostgreSql;

/// <summary>"Point-in-time recovery": WAL archiving is on — <c>archive_mode</c> on or always, an
/// <c>archive_command</c> or <c>archive_library</c> set, and <c>wal_level</c> replica or logical.</summary>
internal sealed class PointInTimeRecoveryCheck(PostgreSqlOptions options) : ReadinessCheck<PostgreSqlOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "postgresql-wal-archiving";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var rows = await PostgreSqlQuery.RowsAsync(Options, """
            SELECT name, setting FROM pg_settings WHERE name IN ('archive_mode', 'archive_command', 'archive_library', 'wal_level')
            """, context.Cancellation).ConfigureAwait(false);
        var settings = rows.ToDictionary(r => r[0]!, r => r[1] ?? string.Empty);
        var problems = new List<string>();
        if (settings.GetValueOrDefault("archive_mode") is not ("on" or "always"))
        {
            problems.Add($"archive_mode is '{settings.GetValueOrDefault("archive_mode")}' (expected on)");
        }

        if (settings.GetValueOrDefault("archive_command") is "" or "(disabled)" or null && string.IsNullOrEmpty(settings.GetValueOrDefault("archive_library")))
        {
            problems.Add("neither archive_command nor archive_library is set");
        }

        if (settings.GetValueOrDefault("wal_level") is not ("replica" or "logical"))
        {
            problems.Add($"wal_level is '{settings.GetValueOrDefault("wal_level")}' (expected replica or logical)");
        }

        return problems.Count == 0
            ? CheckResult.Passed(settings.Count, $"WAL archiving on (archive_mode {settings["archive_mode"]}, wal_level {settings["wal_level"]})")
            : CheckResult.Failed(settings.Count, $"point-in-time recovery is not possible: {string.Join("; ", problems)}",
                [.. problems.Select(p => Finding.Create("database.wal-archiving", FindingSeverity.Error, null, null, p, p.Split(' ')[0]))]);
    }
}
