namespace Pipeline;

/// <summary>Runs external processes for targets and checks; the one place process handling lives.</summary>
public interface IProcessRunner
{
    /// <summary>Runs <paramref name="spec"/> to completion. Throws <see cref="ProcessFailedException"/> when it
    /// cannot start, times out, or (with <see cref="ProcessSpec.CheckExitCode"/>) exits non-zero.</summary>
    Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default);
}
