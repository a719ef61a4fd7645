using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>The SQLAlchemy engines a service's code creates (<c>create_engine(…)</c>, <c>create_async_engine(…)</c>,
/// outside comments), with their keyword arguments as written — the settings a service passes in code rather than
/// by environment variable (<c>echo</c>, <c>pool_size</c>, <c>max_overflow</c>, <c>pool_pre_ping</c>, <c>pool_recycle</c>).</summary>
internal static partial class SqlAlchemyEngines
{
    /// <summary>SQLAlchemy's defaults for the keywords the checklist names.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["echo"] = "False",
        ["pool_size"] = "5",
        ["max_overflow"] = "10",
        ["pool_pre_ping"] = "False",
        ["pool_recycle"] = "-1",
    };

    /// <summary>Every engine creation in the service's code.</summary>
    public static List<EngineCall> Find(string root)
    {
        var calls = new List<EngineCall>();
        foreach (var (file, text) in ServiceSource.Code(root).Where(f => f.Key.EndsWith(".py", StringComparison.Ordinal)))
        {
            foreach (var (line, arguments) in PythonCalls.Find(text, Call()))
            {
                var keywords = Keyword().Matches(arguments).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);
                calls.Add(new EngineCall(file, line, keywords));
            }
        }

        return calls;
    }

    [GeneratedRegex(@"(?<![\w.])create(?:_async)?_engine\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"\b(echo|pool_size|max_overflow|pool_pre_ping|pool_recycle)\s*=\s*([^,\n)]+)")]
    private static partial Regex Keyword();
}

/// <summary>One <c>create_engine(…)</c>: where, and the keywords it passes.</summary>
internal sealed record EngineCall(string File, int Line, IReadOnlyDictionary<string, string> Keywords)
{
    /// <summary>The keyword's value as written, or SQLAlchemy's default (and whether it is the default).</summary>
    public (string Value, bool IsDefault) Value(string keyword) =>
        Keywords.TryGetValue(keyword, out var value) ? (value, false) : (SqlAlchemyEngines.Defaults[keyword], true);

    /// <summary>As reasons show it.</summary>
    public string Where => $"{File}({Line})";
}
