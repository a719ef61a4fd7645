using System.Reflection;
using System.Text;
using Pipeline.IO;
using Pipeline.Output;
using Pipeline.Parameters;
using Pipeline.Planning;

namespace Pipeline.CiConfiguration;

/// <summary>The CI configurations a build class declares: validated with the target graph (before anything runs),
/// written by <c>--generate-configuration</c>, and compared with the committed files on every run.</summary>
internal static class CiConfigurations
{
    public static IReadOnlyList<CiConfigurationAttribute> Of(Type build) => [.. build.GetCustomAttributes<CiConfigurationAttribute>(inherit: true)];

    /// <summary>Every problem with the declarations: names, targets, secrets, and what the CI itself cannot do.</summary>
    public static IEnumerable<string> Validate(IReadOnlyList<CiConfigurationAttribute> declared, TargetGraph graph, IReadOnlyList<ParameterMember> parameters, Type build)
    {
        ParameterMember? Parameter(string name) => parameters.FirstOrDefault(p => p.Key == ParameterNames.Normalize(name));

        foreach (var group in declared.GroupBy(d => d.RelativePath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"{string.Join(" and ", group.Select(Label))} both write {group.Key}";
        }

        foreach (var declaration in declared)
        {
            if (declaration.Name.Length == 0 || !declaration.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                yield return $"{Label(declaration)}: the name must be letters, digits, '-', '_' or '.'";
            }

            if (declaration.InvokedTargets.Length == 0)
            {
                yield return $"{Label(declaration)}: name the targets it runs (InvokedTargets)";
            }

            foreach (var target in declaration.InvokedTargets.Where(t => graph.Find(t) is null))
            {
                yield return $"{Label(declaration)}: invokes '{target}', which is not a target (targets: {graph.ListNames()})";
            }

            foreach (var secret in declaration.ImportSecrets)
            {
                var parameter = Parameter(secret);
                if (parameter is null || !parameter.IsSecret)
                {
                    yield return $"{Label(declaration)}: imports secret '{secret}', which is not a [Secret] parameter of the build";
                }
            }

            foreach (var variable in declaration.ImportVariables)
            {
                var parameter = Parameter(variable);
                if (parameter is null || parameter.IsSecret)
                {
                    yield return $"{Label(declaration)}: imports variable '{variable}', which is not a parameter of the build{(parameter is null ? string.Empty : " that is not [Secret] (import it with ImportSecrets)")}";
                }
            }

            if (declaration.FanOut && FanOutProviders.Of(build) is null)
            {
                yield return $"{Label(declaration)}: fans out (FanOut = true), but no component of the build has parts to fan out (implement IReadinessGate)";
            }

            foreach (var problem in declaration.Problems())
            {
                yield return $"{Label(declaration)}: {problem}";
            }
        }
    }

    /// <summary>Writes the declared configurations named <paramref name="name"/> (all when null).</summary>
    /// <exception cref="InvalidUsageException">No configuration has that name.</exception>
    public static void Generate(string root, IReadOnlyList<CiConfigurationAttribute> declared, string? name, TargetGraph graph, PipelineBuild build, BuildConsole console)
    {
        var chosen = declared.Where(d => name is null || string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0)
        {
            throw new InvalidUsageException(declared.Count == 0
                ? "The build declares no CI configuration: add e.g. [GitHubActions(\"release\", InvokedTargets = [\"Release\"])] to the build class."
                : $"No CI configuration is named '{name}'; the build declares: {string.Join(", ", declared.Select(d => d.Name))}.");
        }

        foreach (var declaration in chosen)
        {
            var path = Path.Combine(root, declaration.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteIfChanged(path, Render(declaration, graph, build));
            console.WriteLine($"Wrote {declaration.RelativePath} ({Label(declaration)})");
        }
    }

    /// <summary>Compares each declared configuration with its committed file; a missing or different file is a
    /// warning locally and fails the build on a CI server (it would run what the build no longer declares).</summary>
    /// <exception cref="BuildFailedException">On a CI server, a file is stale.</exception>
    public static void Verify(string root, IReadOnlyList<CiConfigurationAttribute> declared, TargetGraph graph, PipelineBuild build, BuildConsole console)
    {
        var isServer = build.IsServerBuild;
        var stale = declared.Select(d => Staleness(root, d, graph, build)).OfType<string>().ToList();
        foreach (var message in stale)
        {
            console.Write(isServer ? LogLevel.Error : LogLevel.Warning, message);
        }

        if (isServer && stale.Count > 0)
        {
            throw new BuildFailedException("A committed CI configuration is not what the build generates.");
        }
    }

    /// <summary>The file's text: the declaration rendered for the job it runs against this build (and, when it fans
    /// out, the parallel jobs the build's components plan).</summary>
    public static string Render(CiConfigurationAttribute declaration, TargetGraph graph, PipelineBuild build)
    {
        var plan = declaration.FanOut ? FanOutProviders.Of(build.GetType())?.Plan(build) : null;
        var command = $"./build.sh {string.Join(' ', declaration.InvokedTargets.Select(t => graph.Get(t).Name))}";
        return declaration.Render(new CiJob(declaration, plan is null ? command : $"{command} {plan.FanInOption} {declaration.ReceivedFolder(plan)}",
            [.. declaration.ImportSecrets.Select(EnvironmentName)], [.. declaration.ImportVariables.Select(EnvironmentName)])
        { FanOut = plan });
    }

    private static string? Staleness(string root, CiConfigurationAttribute declaration, TargetGraph graph, PipelineBuild build)
    {
        var path = Path.Combine(root, declaration.RelativePath);
        var fix = $"run ./build.sh --generate-configuration {declaration.Name} and commit it";
        if (!File.Exists(path))
        {
            return $"{declaration.RelativePath} does not exist ({Label(declaration)}): {fix}";
        }

        var expected = Render(declaration, graph, build).Split('\n');
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var line = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
        return line < 0 ? null : $"{declaration.RelativePath}:{line + 1} is not what the build generates ({Label(declaration)}): {fix}";
    }

    private static string Label(CiConfigurationAttribute declaration) =>
        $"[{declaration.GetType().Name.Replace("Attribute", string.Empty, StringComparison.Ordinal)}(\"{declaration.Name}\")]";

    /// <summary>The environment variable a parameter is read from on the CI: <c>PublishApiKey</c> is <c>PUBLISH_API_KEY</c>.</summary>
    public static string EnvironmentName(string parameter)
    {
        var name = new StringBuilder();
        for (var i = 0; i < parameter.Length; i++)
        {
            var c = parameter[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(parameter[i - 1]) || char.IsDigit(parameter[i - 1]) || (i + 1 < parameter.Length && char.IsLower(parameter[i + 1]))))
            {
                name.Append('_');
            }

            name.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return name.ToString();
    }
}
