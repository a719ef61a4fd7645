namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Runs the validation command once per evaluation for both startup items, with the production configuration
/// (every plain value of the <see cref="ConfigurationView"/>, and the stand-ins for secret values) as its environment.</summary>
internal sealed class StartupValidationRun(ConfigurationViews views) : Collector("validation-command")
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => views.Options.ValidationCommand is { Count: > 0 } command ? CheckResources.OfCommand(command) : [];

    /// <summary>The run's options.</summary>
    public ConfigurationOptions Options => views.Options;

    /// <summary>The command that ran and its result: the configured command, else the Python service's discovered
    /// entry point (<c>settings.validate_config()</c> on its settings object, run by the gate's
    /// <c>run_validation.py</c> with the project's interpreter). Neither throws, which is an Error.</summary>
    public Task<(string Command, ProcessResult Result)> RunAsync(CheckContext context) => Observe(context, "run", async context =>
    {
        var view = await views.LoadAsync(context).ConfigureAwait(false);
        var command = Options.ValidationCommand is { Count: > 0 } configured ? configured : await DiscoveredAsync(context, view).ConfigureAwait(false)
            ?? throw new InvalidOperationException(NoCommand);
        var environment = view.Environment(Options.ValidationStandIns).ToDictionary(e => e.Key, e => (string?)e.Value);
        var result = await context.Processes.RunAsync(new ProcessSpec(command[0], [.. command.Skip(1)])
        {
            WorkingDirectory = context.Root,
            Environment = environment,
            CheckExitCode = false,
            LogOutput = false,
            Timeout = TimeSpan.FromMinutes(2),
        }, context.Cancellation).ConfigureAwait(false);
        return (Options.ValidationCommand is { Count: > 0 } ? string.Join(' ', command) : $"{command[^3]}.{command[^2]}.{command[^1]}()", result);
    });

    /// <summary>Why the startup items cannot be decided when there is no command.</summary>
    public const string NoCommand = "no validation command configured (ConfigurationOptions.ValidationCommand, e.g. python -c \"from app.core.config import settings; print(settings.validate())\"), and no pydantic settings object with a validate or validate_config method was found";

    /// <summary>Why the configuration the command would get is not production's (the seed's <c>ENVIRONMENT=production</c>
    /// does not hold: e.g. only a settings class's developer defaults set it), or null when it is.</summary>
    public async Task<string?> NotProductionAsync(CheckContext context)
    {
        var environment = await EnvironmentRules.Environment(await views.LoadAsync(context).ConfigureAwait(false), Options, context).ConfigureAwait(false);
        return environment.Status == CheckStatus.Passed ? null
            : $"the configuration it would validate is not production's ({environment.Summary}), so the validation would prove nothing about production; "
              + "set ENVIRONMENT=production where the deployment's configuration lives";
    }

    /// <summary>Whether there is a command to run: configured, or discovered in the service's settings.</summary>
    public async Task<bool> HasCommandAsync(CheckContext context) =>
        Options.ValidationCommand is { Count: > 0 } || (await views.LoadAsync(context).ConfigureAwait(false)).Settings.Instances.Any(i => i.Methods.Count > 0);

    private static async Task<IReadOnlyList<string>?> DiscoveredAsync(CheckContext context, ConfigurationView view)
    {
        if (view.Settings.Instances.FirstOrDefault(i => i.Methods.Count > 0) is not { } instance || PythonProject.Detect(context.Root) is not { } project)
        {
            return null;
        }

        var python = await PythonTools.InterpreterAsync(context, project).ConfigureAwait(false)
            ?? throw new InvalidOperationException(PythonTools.Missing("python3", project));
        var script = await GateScript.WriteAsync("run_validation.py", context.Artifact("work", "python"), context.Cancellation).ConfigureAwait(false);
        return [python.Program, .. python.Prefix, script, instance.Module, instance.Name, instance.Methods[0]];
    }
}
