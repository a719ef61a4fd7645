using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>What the source of an ASP.NET Core or Python service settles about items a running service would show,
/// registered beside the probe (whose result still counts): no rate limiter wired (ASP.NET's <c>AddRateLimiter</c>/
/// <c>UseRateLimiter</c>, AspNetCoreRateLimit), API docs served outside <c>IsDevelopment()</c> (<c>UseSwagger</c>,
/// <c>MapOpenApi</c>, <c>MapScalarApiReference</c>), no metrics library at all. What the source cannot settle is not
/// applicable here and left to the probe.</summary>
internal sealed partial class SourceRuntimeCheck(SourceRuntimeCheck.Kind kind) : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <summary>The item this check reads the source for.</summary>
    public enum Kind
    {
        /// <summary>security.rate-limiting for ASP.NET Core.</summary>
        RateLimiting,

        /// <summary>security.no-debug-endpoints for ASP.NET Core.</summary>
        DebugEndpoints,

        /// <summary>monitoring.metrics-exposed for any stack.</summary>
        MetricsExposed,
    }

    /// <inheritdoc />
    public override string Name => $"source-{kind.ToString().ToLowerInvariant()}";

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var code = ServiceSource.Code(context.Root);
        var csharp = code.Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        return Task.FromResult(kind switch
        {
            Kind.RateLimiting when csharp.Count == 0 => CheckResult.NotApplicable("no C# source"),
            Kind.RateLimiting => csharp.Any(f => RateLimiter().IsMatch(f.Value))
                ? CheckResult.NotApplicable("a rate limiter is wired in the code; the probe of the running service decides whether it limits")
                : CheckResult.Failed(csharp.Count, "no rate limiter is wired into the app (no AddRateLimiter/UseRateLimiter, no AspNetCoreRateLimit); a limit enforced in front of the service needs an attestation",
                    Finding.Create("runtime.rate-limiting", FindingSeverity.Error, null, null, "no rate limiter in the code", "none")),
            Kind.DebugEndpoints when csharp.Count == 0 => CheckResult.NotApplicable("no C# source"),
            Kind.DebugEndpoints => DebugEndpoints(csharp),
            _ => Monitoring.DeclaredMetrics.Find(context.Root) is { Any: false, AnyMetricsLibrary: false }
                ? CheckResult.Failed(code.Count, "the service exposes no metrics: no metrics library (prometheus, OpenTelemetry…) among its dependencies and no metric declared in its code",
                    Finding.Create("runtime.metrics", FindingSeverity.Error, null, null, "no metrics library", "none"))
                : CheckResult.NotApplicable("the code has a metrics library; the probe of the running service decides what /metrics serves"),
        });
    }

    private static CheckResult DebugEndpoints(List<KeyValuePair<string, string>> csharp)
    {
        var served = new List<string>();
        foreach (var (file, text) in csharp)
        {
            foreach (Match call in Docs().Matches(text))
            {
                if (!InsideDevelopmentOnly(text, call.Index))
                {
                    served.Add($"{call.Groups[1].Value} at {ServiceSource.Where(file, text, call.Index)}");
                }
            }
        }

        return served.Count > 0
            ? CheckResult.Failed(served.Count, $"API docs are served in every environment: {string.Join(", ", served.Take(4))} (not inside if (app.Environment.IsDevelopment()))",
                Finding.Create("runtime.debug-endpoints", FindingSeverity.Error, null, null, served[0], served[0]))
            : CheckResult.NotApplicable("no API docs outside IsDevelopment() in the code; the probe of the running service decides");
    }

    /// <summary>Whether the call is guarded by a condition about the environment or a docs switch
    /// (<c>if (app.Environment.IsDevelopment())</c>, <c>if (!settings.IsProduction || settings.ExposeDocs)</c>): an
    /// enclosing block's <c>if</c>, or an <c>if</c> on the same statement.</summary>
    private static bool InsideDevelopmentOnly(string text, int index)
    {
        var statement = text.LastIndexOfAny([';', '{', '}'], Math.Max(0, index - 1));
        if (Guard().IsMatch(text[(statement + 1)..index]))
        {
            return true;
        }

        var depth = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] == '}')
            {
                depth++;
            }
            else if (text[i] == '{' && depth-- == 0)
            {
                var header = text[(text.LastIndexOfAny([';', '{', '}'], Math.Max(0, i - 1)) + 1)..i];
                if (Guard().IsMatch(header))
                {
                    return true;
                }

                depth = 0;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\bif\s*\([^;]*(Development|Production|Environment|Docs|Swagger|OpenApi|Expose)", RegexOptions.IgnoreCase)]
    private static partial Regex Guard();

    [GeneratedRegex(@"\b(AddRateLimiter|UseRateLimiter|AddInMemoryRateLimiting|UseIpRateLimiting|RequireRateLimiting)\s*\(")]
    private static partial Regex RateLimiter();

    [GeneratedRegex(@"\b(UseSwagger|UseSwaggerUI|MapOpenApi|MapScalarApiReference|UseReDoc|MapSwagger)\s*\(")]
    private static partial Regex Docs();
}
