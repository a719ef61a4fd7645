namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>"Config validation passes" and "No warnings logged": the service's validation command (the seed's
/// <c>settings.validate()</c>; configured, or the Python service's discovered <c>validate_config()</c>) runs from the
/// root with the production configuration as its environment; exit 0 passes the first, no line mentioning a warning
/// passes the second. No command, a configuration that is not production's (<c>ENVIRONMENT</c> is not
/// <c>production</c>: validating developer defaults proves nothing), or a settings module that cannot be imported, is an
/// Error.</summary>
internal sealed class StartupValidationCheck(StartupValidationRun run, bool warnings) : ReadinessCheck<ConfigurationOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => warnings ? "startup-warnings" : "startup-validation";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        if (!await run.HasCommandAsync(context).ConfigureAwait(false))
        {
            return CheckResult.Error(StartupValidationRun.NoCommand);
        }

        if (await run.NotProductionAsync(context).ConfigureAwait(false) is { } notProduction)
        {
            return CheckResult.Error(notProduction);
        }

        var (command, result) = await run.RunAsync(context).ConfigureAwait(false);
        var output = (result.StandardOutput + "\n" + result.StandardError).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (result.ExitCode == 3 && output.FirstOrDefault(l => l.StartsWith("import-error: ", StringComparison.Ordinal)) is { } importError)
        {
            return CheckResult.Error($"{command} could not run: the settings module could not be imported ({importError["import-error: ".Length..]}); install the service's dependencies");
        }

        if (!warnings)
        {
            return result.ExitCode == 0
                ? CheckResult.Passed(1, $"{command} exited 0")
                : CheckResult.Failed(1, $"{command} exited {result.ExitCode}: {string.Join(" ", output.TakeLast(2))}",
                    Finding.Create("config.validation", FindingSeverity.Error, null, null, string.Join(" ", output.TakeLast(2)), command));
        }

        var warningLines = output.Where(l => l.Contains("warn", StringComparison.OrdinalIgnoreCase)).ToList();
        return warningLines.Count == 0
            ? CheckResult.Passed(Math.Max(1, output.Count), $"{command} printed no warning ({output.Count} lines)")
            : CheckResult.Failed(output.Count, $"{warningLines.Count} warning(s): {string.Join("; ", warningLines.Take(3))}",
                [.. warningLines.Select(l => Finding.Create("config.warning", FindingSeverity.Warning, null, null, l, l))]);
    }
}
