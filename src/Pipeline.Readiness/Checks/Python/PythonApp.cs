using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>What the Python service's source says about how it runs, read without importing it: the ASGI app
/// (<c>module:app</c>) uvicorn serves — from the Dockerfile's or a start script's <c>uvicorn module:app</c>, else the
/// module-level <c>app = FastAPI(…)</c> — and where a rate limiter is wired into it (SlowAPI's <c>Limiter</c> on
/// <c>app.state.limiter</c> or <c>SlowAPIMiddleware</c>, a <c>limits</c> strategy in a middleware, fastapi-limiter).</summary>
internal static partial class PythonApp
{
    /// <summary>The app as <c>module:variable</c>, or null when none is found.</summary>
    public static string? Find(PythonProject project, string reportDirectory)
    {
        foreach (var file in new[] { "Dockerfile", "Procfile" }.Concat(Directory.Exists(Path.Combine(project.Directory, "scripts")) ? Directory.GetFiles(Path.Combine(project.Directory, "scripts"), "*.sh").Select(f => Path.GetRelativePath(project.Directory, f)) : []))
        {
            var path = Path.Combine(project.Directory, file);
            if (File.Exists(path) && UvicornTarget().Match(File.ReadAllText(path)) is { Success: true } target && !target.Groups["app"].Value.Contains('$', StringComparison.Ordinal))
            {
                return target.Groups["app"].Value;
            }
        }

        var apps = project.ApplicationFiles(reportDirectory).SelectMany(f => AppAssignment().Matches(File.ReadAllText(Path.Combine(project.Directory, f)))
            .Select(m => (File: f, Name: m.Groups["name"].Value))).ToList();
        var chosen = apps.OrderBy(a => Path.GetFileName(a.File) is "main.py" or "app.py" ? 0 : 1).ThenBy(a => a.File.Count(c => c == '/')).FirstOrDefault();
        return chosen.File is null ? null : $"{Path.ChangeExtension(chosen.File, null).Replace('/', '.').Replace(".__init__", string.Empty, StringComparison.Ordinal)}:{chosen.Name}";
    }

    /// <summary>Where a rate limiter is wired into the app (file, line, how), or the reason none is.</summary>
    public static (string? File, int Line, string How, string? Problem) RateLimiter(PythonProject project, string reportDirectory)
    {
        string? created = null;
        foreach (var file in project.ApplicationFiles(reportDirectory))
        {
            var text = string.Join('\n', File.ReadAllLines(Path.Combine(project.Directory, file)).Select(l => l.TrimStart().StartsWith('#') ? string.Empty : l));
            foreach (var (pattern, how) in Wirings)
            {
                if (pattern.Match(text) is { Success: true } wired)
                {
                    return (file, text[..wired.Index].Count(c => c == '\n') + 1, how, null);
                }
            }

            created ??= SlowApiLimiter().IsMatch(text) ? file : null;
        }

        return (null, 0, string.Empty, created is null
            ? "no rate limiter is wired into the app (no SlowAPI Limiter on app.state.limiter or SlowAPIMiddleware, no limits strategy, no fastapi-limiter); a limit enforced in front of the app needs an attestation"
            : $"{created} creates a SlowAPI Limiter but never wires it (app.state.limiter = limiter, or app.add_middleware(SlowAPIMiddleware))");
    }

    private static readonly (Regex Pattern, string How)[] Wirings =
    [
        (new Regex(@"^\s*\w+\.state\.limiter\s*=|add_middleware\(\s*SlowAPI(?:ASGI)?Middleware", RegexOptions.Multiline), "SlowAPI"),
        (new Regex(@"(?:MovingWindow|FixedWindow|FixedWindowElastic|SlidingWindowCounter)RateLimiter\(", RegexOptions.Multiline), "a limits strategy"),
        (new Regex(@"FastAPILimiter\.init\(", RegexOptions.Multiline), "fastapi-limiter"),
        (new Regex(@"add_middleware\(\s*\w*RateLimit\w*", RegexOptions.Multiline), "a rate-limit middleware"),
    ];

    [GeneratedRegex(@"uvicorn[""'\s,\]]+(?:run\s+)?[""']?(?<app>[A-Za-z_$][\w.${}]*:[A-Za-z_]\w*)")]
    private static partial Regex UvicornTarget();

    [GeneratedRegex(@"^(?<name>[A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*FastAPI\(", RegexOptions.Multiline)]
    private static partial Regex AppAssignment();

    [GeneratedRegex(@"\bLimiter\(")]
    private static partial Regex SlowApiLimiter();
}
