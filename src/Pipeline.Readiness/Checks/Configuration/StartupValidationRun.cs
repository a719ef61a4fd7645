namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Runs the validation command once per evaluation for both startup items, with the production configuration
/// (every plain value of the <see cref="ConfigurationView"/>, and the stand-ins for secret values) as its environment.</summary>
internal sealed class StartupValidationRun(ConfigurationViews views) : Collector("validation-command")
{
    /// <summary>The run's options.</summary>
    public ConfigurationOptions Options => views.Options;

    /// <summary>The command's result (it must be configured).</summary>
    public Task<ProcessResult> RunAsync(CheckContext context) => Observe(context, "run", async context =>
    {
        var command = Options.ValidationCommand ?? throw new InvalidOperationException("no validation command configured");
        var view = await views.LoadAsync(context).ConfigureAwait(false);
        var environment = view.Environment(Options.ValidationStandIns).ToDictionary(e => e.Key, e => (string?)e.Value);
        return await context.Processes.RunAsync(new ProcessSpec(command[0], [.. command.Skip(1)])
        {
            WorkingDirectory = context.Root,
            Environment = environment,
            CheckExitCode = false,
            LogOutput = false,
            Timeout = TimeSpan.FromMinutes(2),
        }, context.Cancellation).ConfigureAwait(false);
    });
}
