using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Whether a service is multi-tenant, from its own files rather than a key the gate invents: tenant code
/// (a <c>Tenant…</c> class or module), a tenant isolation document, the <c>ENFORCE_TENANT_ISOLATION</c> switch in its
/// settings; and the tenant middleware it defines, with whether the application adds it (a switch that nothing reads
/// enforces nothing).</summary>
internal sealed partial record TenancyEvidence(IReadOnlyList<string> Evidence, IReadOnlyList<TenantMiddleware> Middlewares)
{
    /// <summary>Reads the evidence under <paramref name="root"/> (sources <c>.py</c> and <c>.cs</c> outside tests; docs by name).</summary>
    public static TenancyEvidence Find(string root)
    {
        var files = RepositoryTree.Files(root, d => Path.GetFileName(d) is ".git" or "node_modules" or ".venv" or "artifacts").Select(f => f.Replace('\\', '/')).ToList();
        var evidence = new List<string>();
        var middlewares = new List<TenantMiddleware>();
        var texts = ServiceSource.Code(root);
        var code = texts.ToDictionary(t => t.Key, t => WithoutDocumentation(t.Key, t.Value)); // usage examples in docstrings add nothing
        foreach (var (file, text) in texts)
        {
            foreach (Match match in TenantClass().Matches(text))
            {
                var line = ServiceSource.LineOf(text, match.Index);
                var name = match.Groups["name"].Value;
                evidence.Add($"class {name} at {file}({line})");
                if (name.EndsWith("Middleware", StringComparison.Ordinal))
                {
                    middlewares.Add(new TenantMiddleware(name, file, line, code.Values.Any(t => Added(t, name))));
                }
            }
        }

        evidence.AddRange(files.Where(f => Path.GetFileName(f).Contains("tenant", StringComparison.OrdinalIgnoreCase)
            && (f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".rst", StringComparison.Ordinal) || f.EndsWith(".py", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
            .Select(f => $"{f}"));
        return new TenancyEvidence([.. evidence.Distinct().Order(StringComparer.Ordinal)], middlewares);
    }

    /// <summary>Whether any tenant code or document exists.</summary>
    public bool MultiTenant => Evidence.Count > 0;

    private static bool Added(string text, string name) => text.Split('\n').Any(line =>
        !line.TrimStart().StartsWith('#') && !line.TrimStart().StartsWith("//", StringComparison.Ordinal)
        && (line.Contains($"add_middleware({name}", StringComparison.Ordinal) || line.Contains($"UseMiddleware<{name}>", StringComparison.Ordinal)
            || line.Contains($"Middleware({name}", StringComparison.Ordinal)));

    /// <summary>The text without Python docstrings and string blocks, or C# XML documentation: code only.</summary>
    private static string WithoutDocumentation(string file, string text) => file.EndsWith(".py", StringComparison.Ordinal)
        ? TripleQuoted().Replace(text, m => new string('\n', m.Value.Count(c => c == '\n')))
        : string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    [GeneratedRegex("(\"\"\"|\'\'\')[\\s\\S]*?\\1")]
    private static partial Regex TripleQuoted();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|partial|abstract)\s+)*class\s+(?<name>\w*Tenant\w*)\b", RegexOptions.Multiline)]
    private static partial Regex TenantClass();
}

/// <summary>A tenant middleware class the service defines, and whether the application adds it.</summary>
internal sealed record TenantMiddleware(string Name, string File, int Line, bool Added);
