using Pipeline.Planning;

namespace Pipeline.Cli;

/// <summary>Parses <c>[targets] [--option [values…]]…</c>. Option names match case-, hyphen- and
/// underscore-insensitively; <c>--name=value</c> also works; <c>--target A+B</c> names several targets.</summary>
internal static class CommandLineParser
{
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine();
        var index = 0;
        while (index < args.Count && !IsOption(args[index]))
        {
            line.Targets.AddRange(SplitTargets(args[index++]));
        }

        while (index < args.Count)
        {
            var token = args[index++].TrimStart('-');
            var values = new List<string>();
            if (token.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                values.Add(token[(equals + 1)..]);
                token = token[..equals];
            }

            while (index < args.Count && !IsOption(args[index]))
            {
                values.Add(args[index++]);
            }

            Apply(line, token, values);
        }

        return line;
    }

    private static void Apply(CommandLine line, string name, List<string> values)
    {
        switch (TargetNames.Normalize(name))
        {
            case "h" or "help": line.Help = Flag(name, values); break;
            case "plan": line.Plan = true; line.Targets.AddRange(values.SelectMany(SplitTargets)); break; // NUKE habit: --plan Release
            case "nologo": line.NoLogo = Flag(name, values); break;
            case "parallel": line.Parallel = Flag(name, values); break;
            case "target": line.Targets.AddRange(values.SelectMany(SplitTargets)); break;
            case "skip": (line.Skip ??= []).AddRange(values.SelectMany(SplitTargets)); break;
            case "profile": line.Profiles.AddRange(values); break;
            case "root": line.Root = Single(name, values); break;
            case "generateconfiguration":
                line.GenerateConfiguration = true;
                line.ConfigurationName = values.Count <= 1 ? values.SingleOrDefault() : throw new InvalidUsageException($"Option '--{name}' takes one configuration name, or none for all.");
                break;
            case "verbosity": line.Verbosity = ParseVerbosity(Single(name, values)); line.VerbosityGiven = true; break;
            case "continue":
                throw new InvalidUsageException(
                "--continue (NUKE's resume of a failed attempt) is not supported: a run never depends on an earlier one. A failed target stops only "
                + "the targets that need it; to leave out targets that already passed, name them with --skip.");
            case "host":
                throw new InvalidUsageException(
                "--host is not supported: the CI host is detected from its own environment variables (GITHUB_ACTIONS, TF_BUILD, GITLAB_CI); "
                + "set that variable to run as the host, e.g. GITHUB_ACTIONS=true ./build.sh Release.");
            default: line.Options.Add(new CommandLineOption(name, values)); break;
        }
    }

    private static bool IsOption(string token) => token.StartsWith("--", StringComparison.Ordinal) || token == "-h";

    private static IEnumerable<string> SplitTargets(string text) =>
        text.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Flag(string name, List<string> values) => values.Count == 0
        ? true
        : throw new InvalidUsageException($"Option '--{name}' takes no value (got '{string.Join(" ", values)}').");

    private static string Single(string name, List<string> values) => values.Count == 1
        ? values[0]
        : throw new InvalidUsageException($"Option '--{name}' takes exactly one value.");

    /// <summary>A verbosity's name, as <c>--verbosity</c> and <c>.nuke/parameters.json</c> give it.</summary>
    internal static Verbosity ParseVerbosity(string text) =>
        Enum.TryParse<Verbosity>(text, ignoreCase: true, out var verbosity) && Enum.IsDefined(verbosity)
            ? verbosity
            : throw new InvalidUsageException(
                $"'{text}' is not a valid verbosity; expected one of: {string.Join(", ", Enum.GetNames<Verbosity>()).ToLowerInvariant()}.");
}
