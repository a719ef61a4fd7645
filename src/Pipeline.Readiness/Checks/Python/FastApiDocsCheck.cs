using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>"No debug endpoints exposed" decided from the source, beside the running-service probe: FastAPI serves
/// <c>/docs</c>, <c>/redoc</c> and <c>/openapi.json</c> unless its constructor sets <c>docs_url</c>, <c>redoc_url</c>
/// or <c>openapi_url</c> to <c>None</c> (no <c>openapi_url</c>, no docs). An app that keeps a default fails naming the
/// call, with the auth proxy's rules that make the docs public (Oathkeeper <c>noop</c>/<c>allow</c>); one whose docs
/// only a proxy rule that authenticates them serves, or whose arguments are expressions (set per environment), is left
/// to the probe (this check is then not applicable, and the probe's result decides the item); none found: not applicable.</summary>
internal sealed partial class FastApiDocsCheck : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "fastapi-docs";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        if (PythonProject.Detect(context.Root) is not { } project)
        {
            return Task.FromResult(CheckResult.NotApplicable("no Python project"));
        }

        var apps = project.ApplicationFiles(context.ReportDirectory)
            .SelectMany(file => Calls(File.ReadAllText(Path.Combine(project.Directory, file))).Select(call => (File: project.PathPrefix(context) + file, call.Line, call.Arguments)))
            .ToList();
        if (apps.Count == 0)
        {
            return Task.FromResult(CheckResult.NotApplicable("no FastAPI(...) application in the source"));
        }

        var findings = new List<Finding>();
        var undecided = new List<string>();
        var proxied = new List<string>();
        var messages = new List<string>();
        var proxy = Configuration.AuthProxyRules.Read(context.Root);
        foreach (var (file, line, arguments) in apps)
        {
            string? Value(string name) => Argument(arguments, name);
            var openApi = Value("openapi_url");
            if (openApi == "None")
            {
                continue;
            }

            var paths = new[] { ("docs_url", "/docs"), ("redoc_url", "/redoc") }.Select(p => (Name: p.Item1, Value: Value(p.Item1), Default: p.Item2))
                .Append((Name: "openapi_url", Value: openApi, Default: "/openapi.json")).ToList();
            if (paths.Any(p => p.Value is not null && p.Value != "None" && !Literal().IsMatch(p.Value)))
            {
                undecided.Add($"{file}({line})");
                continue;
            }

            var served = paths.Where(p => p.Value != "None").Select(p => p.Value is null ? $"{p.Default} (FastAPI's default)" : p.Value.TrimStart('f', 'r').Trim('"', '\'')).ToList();
            if (served.Count == 0)
            {
                continue;
            }

            var urls = paths.Where(p => p.Value != "None").Select(p => p.Value is null ? p.Default : p.Value.TrimStart('f', 'r').Trim('"', '\'').Split('}')[^1]).ToList();
            var rules = proxy.Where(r => r.Matches(urls)).ToList();
            var where = $"FastAPI(...) at {file}({line}) serves {string.Join(", ", served)}: nothing sets docs_url/openapi_url=None";
            if (rules.Count > 0 && rules.All(r => !r.Public))
            {
                proxied.Add($"{where}, behind {string.Join(", ", rules)}, which authenticates them");
                continue;
            }

            var open = rules.Where(r => r.Public).ToList();
            var message = open.Count > 0 ? $"{where}, and {string.Join(", ", open)} lets anyone read them" : $"{where}, so the docs are public unless a proxy protects them";
            messages.Add(message);
            findings.Add(Finding.Create("python.fastapi-docs", FindingSeverity.Error, file, line, message, file));
            findings.AddRange(open.Select(r => Finding.Create("python.fastapi-docs", FindingSeverity.Error, r.File, r.Line, $"{r} makes {r.Url} public", r.Id)));
        }

        return Task.FromResult(findings.Count > 0 ? CheckResult.Failed(apps.Count, string.Join("; ", messages), [.. findings])
            : proxied.Count > 0 ? CheckResult.NotApplicable($"{string.Join("; ", proxied)}: the probe of the running service through the proxy decides")
            : undecided.Count > 0 ? CheckResult.NotApplicable($"the docs URLs of FastAPI(...) at {string.Join(", ", undecided)} are expressions (set per environment): the probe of the running service decides")
            : CheckResult.Passed(apps.Count, $"every FastAPI(...) sets openapi_url or docs_url/redoc_url to None ({string.Join(", ", apps.Select(a => $"{a.File}({a.Line})"))})"));
    }

    /// <summary>Each <c>FastAPI(…)</c> call outside comments, with its line and argument text.</summary>
    private static IEnumerable<(int Line, string Arguments)> Calls(string text) => PythonCalls.Find(text, Call());

    private static string? Argument(string arguments, string name) =>
        Regex.Match(arguments, $@"\b{name}\s*=\s*([^,\n]+?)\s*(?:,|$)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"(?<![\w.])FastAPI\(")]
    private static partial Regex Call();

    /// <summary>A string literal, f-strings included: a path built from settings is still a path that is served.</summary>
    [GeneratedRegex(@"^[fr]?(""[^""]*""|'[^']*')$")]
    private static partial Regex Literal();
}
