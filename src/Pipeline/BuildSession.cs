using Pipeline.CiConfiguration;
using Pipeline.Cli;
using Pipeline.Definition;
using Pipeline.Execution;
using Pipeline.Hosts;
using Pipeline.Output;
using Pipeline.Parameters;
using Pipeline.Planning;

namespace Pipeline;

/// <summary>One run of a build, start to end, with every outside input passed in. Exit codes are tied to two
/// exception types: <see cref="InvalidUsageException"/> is 2, <see cref="BuildFailedException"/> is 1.</summary>
internal static class BuildSession
{
    public static async Task<int> RunAsync(
        Func<PipelineBuild> create, Func<PipelineBuild, Target>? defaultTarget, BuildInputs inputs,
        Action<BuildConsole>? consoleReady = null)
    {
        var masker = new SecretMasker();
        var host = CiHostDetector.Detect(inputs.Environment, inputs.Time);
        var color = string.IsNullOrEmpty(inputs.Environment.GetValueOrDefault("NO_COLOR")) && (inputs.IsTerminal || host.RendersColor);
        var console = new BuildConsole(inputs.Output, masker, Verbosity.Normal, color);
        try
        {
            var line = CommandLineParser.Parse(inputs.Arguments);
            var root = RootFinder.Find(line.Root, inputs.CurrentDirectory);
            var sources = new ParameterSources(line.Options, inputs.Environment, ParameterFiles.Read(root, line.Profiles));
            if (!line.VerbosityGiven && sources.EngineOption("Verbosity") is { Values: [var level] } fromFile)
            {
                line.Verbosity = ParseVerbosityFrom(fromFile.Source, level);
            }

            console = new BuildConsole(inputs.Output, masker, line.Verbosity, color);
            consoleReady?.Invoke(console);
            var build = create();
            build.RootDirectory = root;
            build.Secrets = masker;
            build.Processes = new ProcessRunner(masker, inputs.Time, inputs.Environment);
            build.Time = inputs.Time;
            build.Verbosity = line.Verbosity;
            build.Host = host.Name;
            build.EnvironmentVariables = inputs.Environment;
            build.IsServerBuild = host is not LocalHost;

            var parameters = ParameterDiscovery.Find(build.GetType());
            ParameterInjector.Inject(build, parameters, sources, masker);

            var problems = new List<string>();
            var graph = new TargetGraph(TargetDiscovery.Discover(build, problems, out var names));
            problems.AddRange(GraphValidator.Validate(graph));
            var configurations = CiConfigurations.Of(build.GetType());
            problems.AddRange(CiConfigurations.Validate(configurations, graph, parameters, build.GetType()));
            if (problems.Count > 0)
            {
                throw new InvalidUsageException("The build's targets are not valid:\n  " + string.Join("\n  ", problems));
            }

            SchemaWriter.Write(root, graph, parameters, build.GetType());
            var defaultName = defaultTarget is null ? null : names.GetValueOrDefault(defaultTarget(build).Method);
            if (!line.NoLogo)
            {
                console.WriteLine($"Pipeline · {build.GetType().Name} · {host.Name} · {root}", AnsiColor.Cyan);
            }

            if (line.GenerateConfiguration)
            {
                CiConfigurations.Generate(root, configurations, line.ConfigurationName, graph, build, console);
                return 0;
            }

            var invoked = line.Targets.Count > 0 ? line.Targets : defaultName is null ? [] : [defaultName];
            if (line.Help || invoked.Count == 0)
            {
                HelpWriter.Write(console, graph, defaultName, parameters, build);
                return 0;
            }

            var plan = Planner.Plan(graph, new PlanRequest(invoked, line.Skip, StaticConditions.SkipReason));
            if (line.Plan)
            {
                PlanWriter.Write(console, graph, plan, root);
                return 0;
            }

            if (line.Root is null) // --root points the build at another tree, which its CI files are not for
            {
                CiConfigurations.Verify(root, configurations, graph, build, console); // a build, not --help or --plan
            }

            Requirements.Check(plan, member => parameters.FirstOrDefault(p => p.MemberName == member)?.OptionName);
            var options = line.Parallel ? ExecutorOptions.ParallelFor(Environment.ProcessorCount) : ExecutorOptions.Sequential;
            var stamps = plan.Targets.Any(t => t.Target.Inputs is not null)
                ? new TargetStamps(root, build.Processes, inputs.Time, TargetStamps.SettingsOf(parameters.Select(p => (p.OptionName, p.GetValue(build), p.IsSecret))))
                : null;
            var result = await new Executor(console, host, inputs.Time, stamps).RunAsync(graph, plan, options, inputs.Cancellation).ConfigureAwait(false);
            new SummaryWriter(console, host).Write(result);
            return result.Succeeded && !inputs.Cancellation.IsCancellationRequested
                ? 0
                : throw new BuildFailedException("The build failed.");
        }
        catch (InvalidUsageException exception)
        {
            console.Write(LogLevel.Error, exception.Message);
            return 2;
        }
        catch (BuildFailedException)
        {
            return 1;
        }
    }

    private static Verbosity ParseVerbosityFrom(string source, string text)
    {
        try
        {
            return CommandLineParser.ParseVerbosity(text);
        }
        catch (InvalidUsageException exception)
        {
            throw new InvalidUsageException($"{source}: {exception.Message}");
        }
    }
}
