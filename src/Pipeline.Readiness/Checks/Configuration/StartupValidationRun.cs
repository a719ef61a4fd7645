namespace Pipeline.Readiness;

/// <summary>Runs the validation command once per build for both startup items, with the production configuration
/// (every plain value of the <see cref="ConfigurationView"/>, and the stand-ins for secret values) as its environment.</summary>
public sealed class StartupValidationRun(ConfigurationViews views)
{
    private readonly TaskMemo _memo = new();

    /// <summary>The run's options.</summary>
    public ConfigurationOptions Options => views.Options;

    /// <summary>The command's result (it must be configured).</summary>
    public Task<ProcessResult> RunAsync(CheckContext context) => _memo.Get("validate", () =>
    {
        var command = Options.ValidationCommand ?? throw new InvalidOperationException("no validation command configured");
        var view = views.Load(context.Root);
        var environment = view.Environment(Options.ValidationStandIns).ToDictionary(e => e.Key, e => (string?)e.Value);
        return context.Processes.RunAsync(new ProcessSpec(command[0], [.. command.Skip(1)])
        {
            WorkingDirectory = context.Root,
            Environment = environment,
            CheckExitCode = false,
            LogOutput = false,
            Timeout = TimeSpan.FromMinutes(2),
        }, context.Cancellation);
    });
}
