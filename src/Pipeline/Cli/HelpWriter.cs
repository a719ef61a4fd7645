using Pipeline.Output;
using Pipeline.Parameters;
using Pipeline.Planning;

namespace Pipeline.Cli;

/// <summary>Prints <c>--help</c>: usage, targets with dependencies (default marked), then parameters.</summary>
internal static class HelpWriter
{
    public static void Write(BuildConsole console, TargetGraph graph, string? defaultTarget, IReadOnlyList<ParameterMember> parameters, object build)
    {
        console.WriteLine("Usage: ./build.sh [targets] [options]");
        console.WriteLine();
        console.WriteLine("Targets (with their dependencies):");
        var rows = graph.Targets.Where(t => !t.IsUnlisted).Select(t => (IReadOnlyList<string>)
        [
            "  " + t.Name + (t.Name == defaultTarget ? " (default)" : string.Empty),
            t.DependsOnNames.Count == 0 ? string.Empty : "-> " + string.Join(", ", t.DependsOnNames),
            t.DescriptionText ?? string.Empty,
        ]);
        foreach (var line in TextTable.Plain(["", "", ""], rows).Skip(1))
        {
            console.WriteLine(line);
        }

        console.WriteLine();
        console.WriteLine("Parameters:");
        var parameterRows = parameters.Select(p => (IReadOnlyList<string>)
        [
            "  " + p.OptionName + (p.Type.IsArray ? " <values…>" : p.Type == typeof(bool) ? string.Empty : " <value>"),
            Describe(p, build),
        ]);
        foreach (var line in TextTable.Plain(["", ""], parameterRows).Skip(1))
        {
            console.WriteLine(line);
        }

        console.WriteLine();
        console.WriteLine("Options:");
        foreach (var line in TextTable.Plain(["", ""], EngineOptions).Skip(1))
        {
            console.WriteLine(line);
        }
    }

    private static string Describe(ParameterMember parameter, object build)
    {
        var parts = new List<string>();
        if (parameter.Description is { } description)
        {
            parts.Add(description);
        }

        var underlying = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
        if (underlying.IsEnum)
        {
            parts.Add($"one of: {string.Join(", ", Enum.GetNames(underlying))}");
        }

        if (parameter.IsRequired)
        {
            parts.Add("required");
        }

        var value = parameter.GetValue(build);
        if (value is not null && value is not Array && !parameter.IsSecret)
        {
            parts.Add($"default: {value}");
        }

        return string.Join("; ", parts) + (parameter.IsSecret ? " (secret)" : string.Empty);
    }

    private static readonly IReadOnlyList<string>[] EngineOptions =
    [
        ["  --target <a+b>", "Targets to run (also positional)"],
        ["  --skip [targets]", "Skip the named targets, or every target not invoked"],
        ["  --parallel", "Run independent targets concurrently"],
        ["  --plan", "Print the execution plan and write .nuke/temp/plan.md"],
        ["  --profile <name>", "Also read .nuke/parameters.<name>.json"],
        ["  --root <dir>", "Root directory (default: nearest folder with .nuke)"],
        ["  --verbosity <level>", "quiet, minimal, normal or verbose"],
        ["  --no-logo", "Do not print the banner"],
        ["  --help, -h", "Show this help"],
    ];
}
