namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The seed's Environment Variables items: <c>DATABASE_URL</c> set (not localhost or SQLite, no inline
/// password), <c>ENVIRONMENT=production</c>, <c>LOG_LEVEL</c> not debug, <c>SQLALCHEMY_ECHO</c> off.</summary>
internal static class EnvironmentRules
{
    /// <summary><c>DATABASE_URL</c>: a production database, credentials not inline.</summary>
    public static Task<CheckResult> DatabaseUrl(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var entry = view.Find("DATABASE_URL");
        if (entry is null && !view.Knows("DATABASE_URL") && AspNetSettings.ConnectionStrings(AspNetSettings.Read(context.Root)).ToList() is { Count: > 0 } connections)
        {
            var local = connections.Select(c => (Value: c, Problem: AspNetSettings.Local(c.Text))).Where(c => c.Problem is not null).ToList();
            return Task.FromResult(local.Count > 0
                ? CheckResult.Failed(connections.Count, string.Join("; ", local.Select(l => $"{l.Value.Where}: {l.Problem}")),
                    [.. local.Select(l => Finding.Create("config.database-url", FindingSeverity.Error, l.Value.File, l.Value.Line, $"{l.Value.Where}: {l.Problem}", l.Value.Key))])
                : CheckResult.Passed(connections.Count, $"{string.Join(", ", connections.Select(c => c.Where))}: not a local database"));
        }

        if (entry is null)
        {
            return Task.FromResult(ConfigurationRuleCheck.Missing("database-url", view, "DATABASE_URL"));
        }

        if (entry.Reference is not null)
        {
            return Task.FromResult(ConfigurationRuleCheck.Good(entry, entry.IsDeployVariable ? "filled in when the deployment runs, not kept in the repository" : "held in a Secret"));
        }

        var value = entry.Value.Trim();
        var host = DatabaseHost(value);
        string? problem = value.Length == 0 ? "empty"
            : value.StartsWith("sqlite", StringComparison.OrdinalIgnoreCase) ? "SQLite is not a production database"
            : host is "localhost" or "127.0.0.1" or "::1" or "[::1]" ? "points at localhost, not the production database"
            : CredentialMask.HasPassword(value) && !CredentialRules.IsDefault(entry) && !System.Text.RegularExpressions.Regex.IsMatch(value, @"://[^:/@\s]*:(\$\([A-Za-z_]\w*\)|\$\{[A-Za-z_]\w*(:?\?[^}]*|:?-)?\})@")
                ? "holds an inline password; reference a Secret instead" // $(POSTGRES_PASSWORD) (Kubernetes) and ${POSTGRES_PASSWORD:?…} (compose) reference another variable, not a password; a default user and password fail the credentials item instead
            : null;
        return Task.FromResult(problem is null ? ConfigurationRuleCheck.Good(entry, "a production database URL") : ConfigurationRuleCheck.Bad("database-url", entry, problem));
    }

    /// <summary>The host of a database address: after the last <c>@</c> of a URL (the password may hold any
    /// character), or the <c>Host</c>/<c>Server</c>/<c>Data Source</c> of a keyword connection string.</summary>
    private static string? DatabaseHost(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var authority = value[(scheme + 3)..];
            authority = authority[(authority.LastIndexOf('@') + 1)..];
            var end = authority.IndexOfAny(['/', '?', '#']);
            authority = end < 0 ? authority : authority[..end];
            return authority.StartsWith('[') ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)] : authority.Split(':')[0].ToLowerInvariant();
        }

        return value.Split(';').Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2)
            .FirstOrDefault(pair => pair[0].Trim().ToLowerInvariant() is "host" or "server" or "data source" or "addr" or "address")?[1].Trim().Split(',', ':')[0].ToLowerInvariant();
    }

    /// <summary><c>ENVIRONMENT=production</c>.</summary>
    public static Task<CheckResult> Environment(ConfigurationView view, ConfigurationOptions options, CheckContext context) =>
        Task.FromResult(Expect(view, "ENVIRONMENT", "environment", v => v.Equals("production", StringComparison.OrdinalIgnoreCase), "expected production", required: true));

    /// <summary><c>LOG_LEVEL</c> info or quieter.</summary>
    public static Task<CheckResult> LogLevel(ConfigurationView view, ConfigurationOptions options, CheckContext context) =>
        Task.FromResult(view.Find("LOG_LEVEL") is null && !view.Knows("LOG_LEVEL") && AspNetSettings.Read(context.Root).Where(v => v.Key.Equals("Logging:LogLevel:Default", StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } levels
            ? levels.FirstOrDefault(l => !Quiet(l.Text)) is { } noisy
                ? CheckResult.Failed(levels.Count, $"{noisy.Where}: debug logging in production leaks data and costs; use Information", Finding.Create("config.log-level", FindingSeverity.Error, noisy.File, noisy.Line, $"{noisy.Where}: not Information or quieter", noisy.Key))
                : CheckResult.Passed(levels.Count, $"{string.Join(", ", levels.Select(l => l.Where))}: as production needs")
            : Expect(view, "LOG_LEVEL", "log-level", Quiet, "debug logging in production leaks data and costs; use info", required: true));

    private static bool Quiet(string level) => level.Trim().ToLowerInvariant() is "info" or "information" or "warning" or "warn" or "error" or "critical" or "none";

    /// <summary><c>SQLALCHEMY_ECHO</c> false (absent is SQLAlchemy's default, false).</summary>
    public static Task<CheckResult> SqlEcho(ConfigurationView view, ConfigurationOptions options, CheckContext context) =>
        Task.FromResult(view.Find("SQLALCHEMY_ECHO") is null && SqlEchoInCode(context.Root) is { } decided
            ? decided
            : Expect(view, "SQLALCHEMY_ECHO", "sql-echo", v => !AuthRules.IsTrue(v), "SQL statements would be logged", required: false));

    /// <summary>With no <c>SQLALCHEMY_ECHO</c> anywhere: the engines the code creates decide (<c>echo=True</c> fails, no
    /// <c>echo</c> is SQLAlchemy's default, off; <c>echo=</c> an expression is left undecided); no engine: null.</summary>
    private static CheckResult? SqlEchoInCode(string root)
    {
        var engines = Python.SqlAlchemyEngines.Find(root);
        if (engines.Count == 0)
        {
            return EfCoreSqlLogging(root);
        }

        var on = engines.Where(e => e.Value("echo").Value is "True" or "\"debug\"" or "'debug'").ToList();
        if (on.Count > 0)
        {
            var message = $"create_engine(..., echo={on[0].Value("echo").Value}) at {on[0].Where}: SQL statements would be logged";
            return CheckResult.Failed(engines.Count, message, Finding.Create("config.sql-echo", FindingSeverity.Error, on[0].File, on[0].Line, message, on[0].File));
        }

        var computed = engines.Where(e => !e.Value("echo").IsDefault && e.Value("echo").Value != "False").ToList();
        return computed.Count > 0
            ? CheckResult.Error($"create_engine(..., echo={computed[0].Value("echo").Value}) at {computed[0].Where} takes echo from an expression, and no configuration sets SQLALCHEMY_ECHO: map the key it reads (ConfigurationOptions.Keys)")
            : CheckResult.Passed(engines.Count, $"SQL echo is off: {string.Join(", ", engines.Select(e => $"create_engine(...) at {e.Where}"))} {(engines.All(e => e.Value("echo").IsDefault) ? "sets no echo (SQLAlchemy's default, off)" : "sets echo=False")}");
    }

    /// <summary>The .NET equivalent of SQL echo: EF Core logging its commands with data (<c>EnableSensitiveDataLogging</c>,
    /// <c>LogTo</c>, or the <c>Microsoft.EntityFrameworkCore.Database.Command</c> category at Information or louder);
    /// no DbContext and no SQLAlchemy engine: the item does not apply; neither an EF Core service: null.</summary>
    private static CheckResult? EfCoreSqlLogging(string root)
    {
        var code = ServiceSource.Code(root).Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        var contexts = Migrations.MigrationProjects.DbContexts(root).Contexts;
        if (contexts.Count == 0)
        {
            var python = ServiceSource.Code(root).Keys.Any(k => k.EndsWith(".py", StringComparison.Ordinal));
            return code.Count > 0 || python ? CheckResult.NotApplicable("no SQL layer whose statements could be echoed: no SQLAlchemy engine and no EF Core DbContext in the code") : null;
        }

        var logging = code.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Value, @"\.(EnableSensitiveDataLogging|LogTo)\s*\(")
            .Select(m => $"{m.Groups[1].Value} at {ServiceSource.Where(f.Key, f.Value, m.Index)}")).ToList();
        var category = AspNetSettings.Read(root).FirstOrDefault(v => v.Key.EndsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.OrdinalIgnoreCase)
            && v.Text.Trim().ToLowerInvariant() is "information" or "debug" or "trace");
        var problems = logging.Concat(category is null ? [] : [$"{category.Where}"]).ToList();
        return problems.Count > 0
            ? CheckResult.Failed(contexts.Count, $"EF Core logs SQL: {string.Join("; ", problems)}", Finding.Create("config.sql-echo", FindingSeverity.Error, null, null, $"EF Core logs SQL: {problems[0]}", "efcore"))
            : CheckResult.Passed(contexts.Count, $"EF Core logs no SQL for {string.Join(", ", contexts)}: no EnableSensitiveDataLogging or LogTo, and Microsoft.EntityFrameworkCore.Database.Command is not at Information in appsettings");
    }

    private static CheckResult Expect(ConfigurationView view, string key, string rule, Func<string, bool> accept, string why, bool required) => view.Find(key) switch
    {
        null when required => ConfigurationRuleCheck.Missing(rule, view, key),
        null => CheckResult.Passed(0, $"{view.NotSet(key)} (off by default)"),
        { IsDeployVariable: true } e => CheckResult.Error($"{e.Key}={e.Shown} at {e.Source}: the value is filled in when the deployment runs and is not in the repository; pass the deploy environment (ConfigurationOptions.Environment) or set it in a production file"),
        { Reference: not null } e => ConfigurationRuleCheck.Bad(rule, e, "hidden in a Secret; put it in plain configuration so it can be checked"),
        var e when accept(e.Value.Trim()) => ConfigurationRuleCheck.Good(e, "as production needs"),
        var e => ConfigurationRuleCheck.Bad(rule, e, why),
    };
}
