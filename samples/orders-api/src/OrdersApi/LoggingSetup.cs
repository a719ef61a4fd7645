namespace OrdersApi;

/// <summary>Console logs: one JSON object per line (or plain text when LOG_FORMAT=text), at LOG_LEVEL. The SQL the
/// service runs is logged only when SQL_ECHO=true (the checklist's echo setting).</summary>
internal static class LoggingSetup
{
    public static void Configure(this ILoggingBuilder logging, ServiceSettings settings)
    {
        logging.ClearProviders();
        if (settings.LogFormat.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        logging.SetMinimumLevel(settings.LogLevel.ToLowerInvariant() switch
        {
            "debug" => LogLevel.Debug,
            "trace" => LogLevel.Trace,
            "warning" or "warn" => LogLevel.Warning,
            "error" => LogLevel.Error,
            _ => LogLevel.Information,
        });
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (!settings.SqlEcho)
        {
            logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
            logging.AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Warning);
        }
    }
}
