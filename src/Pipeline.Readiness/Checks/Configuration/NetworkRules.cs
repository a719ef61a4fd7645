namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The seed's Network Security items that configuration decides: every URL the service is configured with
/// uses https (cluster-internal <c>*.svc</c> names excepted) and every Ingress terminates TLS; CORS origins are
/// explicit https production origins (no <c>*</c>, <c>localhost</c> or <c>http://</c>).</summary>
internal static class NetworkRules
{
    /// <summary>TLS: no plain-http URL in the configuration, TLS on every Ingress.</summary>
    public static Task<CheckResult> Tls(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var findings = view.Entries.Where(e => e.Reference is null && IsPlainHttp(e.Value))
            .Select(e => ConfigurationRuleCheck.FindingFor("tls", e, "plain http; use https")).ToList();
        var ingresses = view.Objects.Where(o => o.Kind == "Ingress").ToList();
        findings.AddRange(ingresses.Where(i => !i.Sequence("spec", "tls").Any())
            .Select(i => Finding.Create("config.tls", FindingSeverity.Error, i.File, i.Line, $"Ingress {i.Name} at {i.File}({i.Line}) has no tls section", i.Name)));
        var urls = view.Entries.Count(e => e.Value.Contains("://", StringComparison.Ordinal));
        return Task.FromResult(findings.Count == 0
            ? CheckResult.Passed(urls + ingresses.Count, $"{urls} configured URLs use https; {ingresses.Count} Ingress(es) terminate TLS")
            : CheckResult.Failed(urls + ingresses.Count, string.Join("; ", findings.Select(f => f.Message)), [.. findings]));
    }

    /// <summary>CORS: <c>CORS_ALLOWED_ORIGINS</c> lists only https production origins.</summary>
    public static Task<CheckResult> Cors(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var entry = view.Find("CORS_ALLOWED_ORIGINS");
        if (entry is null)
        {
            return Task.FromResult(ConfigurationRuleCheck.Missing("cors", view, "CORS_ALLOWED_ORIGINS"));
        }

        var origins = entry.Value.Split([',', ' ', ';', '[', ']', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        var bad = origins.Where(o => o == "*" || o.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || o.Contains("localhost", StringComparison.OrdinalIgnoreCase) || o.Contains("127.0.0.1", StringComparison.Ordinal) || o.Contains("0.0.0.0", StringComparison.Ordinal)).ToList();
        return Task.FromResult(origins.Length == 0 ? ConfigurationRuleCheck.Bad("cors", entry, "no origin is listed")
            : bad.Count > 0 ? ConfigurationRuleCheck.Bad("cors", entry, $"{string.Join(", ", bad)} must not be allowed in production")
            : ConfigurationRuleCheck.Good(entry, $"{origins.Length} https production origin(s)"));
    }

    private static bool IsPlainHttp(string value)
    {
        var text = value.Trim();
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return !uri.Host.EndsWith(".svc", StringComparison.OrdinalIgnoreCase) && !uri.Host.EndsWith(".svc.cluster.local", StringComparison.OrdinalIgnoreCase);
    }
}
