namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>What language a scanned file is written in, as far as assignment rules care: in <see cref="Code"/> an
/// unquoted value after <c>=</c> or <c>:</c> is an identifier, a call or a type, never a literal; in
/// <see cref="Configuration"/> (<c>.env</c>, YAML, properties, shell…) it is the value itself; <see cref="Documentation"/>
/// mixes prose, examples and snippets of both.</summary>
[Flags]
internal enum SecretFileKind
{
    /// <summary>Source code of a programming language.</summary>
    Code = 1,

    /// <summary>Configuration and scripts whose values are written bare.</summary>
    Configuration = 2,

    /// <summary>Markdown, reStructuredText, AsciiDoc, plain text.</summary>
    Documentation = 4,

    /// <summary>Every kind.</summary>
    All = Code | Configuration | Documentation,
}

/// <summary>Classifies a file by its extension.</summary>
internal static class SecretFileKinds
{
    private static readonly HashSet<string> CodeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".py", ".pyi", ".cs", ".csx", ".fs", ".vb", ".go", ".java", ".kt", ".kts", ".scala", ".groovy", ".js", ".mjs", ".cjs", ".jsx",
        ".ts", ".mts", ".cts", ".tsx", ".vue", ".svelte", ".rb", ".php", ".rs", ".swift", ".m", ".mm", ".c", ".h", ".cc", ".cpp", ".cxx",
        ".hpp", ".hh", ".dart", ".lua", ".pl", ".pm", ".r", ".jl", ".ex", ".exs", ".erl", ".clj", ".hs", ".ml", ".zig", ".sol", ".razor", ".cshtml",
    };

    private static readonly HashSet<string> DocumentationExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdx", ".rst", ".adoc", ".asciidoc", ".txt", ".html", ".htm",
    };

    /// <summary>The kind of <paramref name="path"/> (a <c>.env</c> file is always configuration).</summary>
    public static SecretFileKind Of(string path)
    {
        if (ScanInventory.IsEnvFile(path))
        {
            return SecretFileKind.Configuration;
        }

        var extension = Path.GetExtension(path);
        return CodeExtensions.Contains(extension) ? SecretFileKind.Code
            : DocumentationExtensions.Contains(extension) ? SecretFileKind.Documentation
            : SecretFileKind.Configuration;
    }
}
