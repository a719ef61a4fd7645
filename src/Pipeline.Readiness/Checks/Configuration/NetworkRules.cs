namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The seed's Network Security items that configuration decides: every URL the service is configured with
/// uses https (cluster-internal <c>*.svc</c> names excepted) and every Ingress terminates TLS; CORS origins are
/// explicit https production origins (no <c>*</c>, <c>localhost</c> or <c>http://</c>).</summary>
internal static class NetworkRules
{
    /// <summary>TLS: no plain-http URL in the configuration, TLS on every Ingress.</summary>
    public static Task<CheckResult> Tls(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var winners = view.Winners.ToList();
        var findings = winners.Where(e => e.Reference is null && IsPlainHttp(e.Value))
            .Select(e => ConfigurationRuleCheck.FindingFor("tls", e, "plain http; use https")).ToList();
        var ingresses = view.Objects.Where(o => o.Kind == "Ingress").ToList();
        findings.AddRange(ingresses.Where(i => !i.Sequence("spec", "tls").Any())
            .Select(i => Finding.Create("config.tls", FindingSeverity.Error, i.File, i.Line, $"Ingress {i.Name} at {i.File}({i.Line}) has no tls section", i.Name)));
        var urls = winners.Count(e => e.Value.Contains("http://", StringComparison.OrdinalIgnoreCase) || e.Value.Contains("https://", StringComparison.OrdinalIgnoreCase)); // a postgresql:// URL says nothing of TLS
        if (findings.Count == 0 && urls + ingresses.Count == 0)
        {
            return Task.FromResult(TlsInCode(context.Root));
        }

        return Task.FromResult(findings.Count == 0
            ? CheckResult.Passed(urls + ingresses.Count, $"{urls} configured URLs use https; {ingresses.Count} Ingress(es) terminate TLS")
            : CheckResult.Failed(urls + ingresses.Count, string.Join("; ", findings.Select(f => f.Message)), [.. findings]));
    }

    /// <summary>CORS: <c>CORS_ALLOWED_ORIGINS</c> lists only https production origins.</summary>
    public static Task<CheckResult> Cors(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var entry = view.Find("CORS_ALLOWED_ORIGINS");
        if (entry is null && !view.Knows("CORS_ALLOWED_ORIGINS") && CorsInCode(view, context.Root) is { } decided)
        {
            return Task.FromResult(decided);
        }

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

    /// <summary>No configured URL and no Ingress: the code decides — ASP.NET's <c>UseHttpsRedirection</c> or
    /// <c>UseHsts</c> pass; a service with deployment files (compose, Dockerfile) and nothing that terminates TLS fails;
    /// otherwise undecided.</summary>
    private static CheckResult TlsInCode(string root)
    {
        var https = ServiceSource.Code(root).SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Value, @"\b(UseHttpsRedirection|UseHsts)\s*\(")
            .Select(m => $"{m.Groups[1].Value} at {ServiceSource.Where(f.Key, f.Value, m.Index)}")).ToList();
        if (https.Count > 0)
        {
            return CheckResult.Passed(https.Count, $"the app sends plain http to https: {string.Join(", ", https.Take(3))}");
        }

        var deployment = ServiceSource.Files(root).Where(f => Path.GetFileName(f) is "docker-compose.yml" or "docker-compose.yaml" or "compose.yml" or "compose.yaml" or "Dockerfile").ToList();
        var terminates = deployment.Any(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(Path.Combine(root, f)), @"(?i)tls=true|certresolver|listen\s+443|ssl_certificate|:443\b"));
        return deployment.Count > 0 && !terminates
            ? CheckResult.Failed(deployment.Count, $"nothing terminates TLS: no Ingress with tls, no https redirection in the code, and {string.Join(", ", deployment)} serve plain http",
                Finding.Create("config.tls", FindingSeverity.Error, deployment[0], null, "nothing terminates TLS", "none"))
            : CheckResult.Error("no configured URL, no Ingress and no https redirection in the code: nothing shows whether traffic uses TLS; add the Ingress (or proxy) to the manifests the gate reads");
    }

    /// <summary>The origins the code itself allows: ASP.NET's <c>AllowAnyOrigin()</c> fails; Starlette's
    /// <c>CORSMiddleware(allow_origins=…)</c> with a literal list, or a settings field whose value the view holds, is
    /// judged like the seed's key; anything else is null (undecided).</summary>
    private static CheckResult? CorsInCode(ConfigurationView view, string root)
    {
        foreach (var (file, text) in ServiceSource.Code(root))
        {
            if (System.Text.RegularExpressions.Regex.Match(text, @"\.AllowAnyOrigin\s*\(") is { Success: true } any)
            {
                var message = $"AllowAnyOrigin() at {ServiceSource.Where(file, text, any.Index)}: every origin may call the API; list the production origins";
                return CheckResult.Failed(1, message, Finding.Create("config.cors", FindingSeverity.Error, file, ServiceSource.LineOf(text, any.Index), message, "any"));
            }

            if (System.Text.RegularExpressions.Regex.Match(text, @"allow_origins\s*=\s*(\[[^\]]*\]|settings\.(\w+))") is { Success: true } origins)
            {
                var line = ServiceSource.LineOf(text, origins.Index);
                var parts = origins.Groups[2].Success ? [origins.Groups[1].Value] : origins.Groups[1].Value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var resolved = parts.Select(p => OriginOf(view, p)).ToList();
                if (resolved.Any(r => r is null))
                {
                    return null; // an origin the gate cannot see (a call, an unset field): undecided
                }

                var value = string.Join(",", resolved.Select(r => r!.Value.Value));
                var from = resolved.Select(r => r!.Value.From).OfType<string>().ToList();
                var bad = value.Split([',', ' ', ';', '[', ']', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
                    .Where(o => o == "*" || o.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || o.Contains("localhost", StringComparison.OrdinalIgnoreCase)).ToList();
                var where = $"CORSMiddleware(allow_origins={origins.Groups[1].Value}) at {file}({line}){(from.Count == 0 ? string.Empty : $" with {string.Join(", ", from)}")}";
                return bad.Count > 0
                    ? CheckResult.Failed(1, $"{where} allows {string.Join(", ", bad)}, which must not be allowed in production", Finding.Create("config.cors", FindingSeverity.Error, file, line, $"{where} allows {string.Join(", ", bad)}", "origins"))
                    : CheckResult.Passed(1, $"{where}: https production origins only");
            }
        }

        return null;
    }

    /// <summary>One element of an <c>allow_origins</c> list: a string literal, or a <c>settings.X</c> field with the
    /// value the view holds for it (and where from); null when the gate cannot see it.</summary>
    private static (string Value, string? From)? OriginOf(ConfigurationView view, string element)
    {
        if (element.Length >= 2 && element[0] is '"' or '\'' && element[^1] == element[0])
        {
            return (element[1..^1], null);
        }

        var field = System.Text.RegularExpressions.Regex.Match(element, @"^settings\.(\w+)$");
        return field.Success && view.Winner(field.Groups[1].Value, StringComparison.OrdinalIgnoreCase) is { Reference: null } entry
            ? (entry.Value, $"{entry.Key}={entry.Shown} at {entry.Source}")
            : null;
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
