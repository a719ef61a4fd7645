namespace Pipeline.Readiness.Checks;

/// <summary>What a check gets to work with: the repository root and commit, a process runner (masking secrets),
/// logging, cancellation (Ctrl-C and the check's timeout) and the clock.</summary>
public sealed record CheckContext(
    ChecklistItem Item,
    string Root,
    string Commit,
    IProcessRunner Processes,
    TimeProvider Time,
    CancellationToken Cancellation)
{
    /// <summary>Writes a line to the build log (masked, and part of the target's output).</summary>
    /// <param name="level">The line's level.</param>
    /// <param name="message">The line.</param>
    public void Log(LogLevel level, string message) => Pipeline.Log.Write(level, $"[{LogPrefix ?? Item.Id}] {message}");

    /// <summary>What the log lines start with: the item's id, or the name of the shared collection that runs.</summary>
    internal string? LogPrefix { get; init; }

    /// <summary>In the fan-in of a workflow that partitions the tests: the partitions' verified results, which the test
    /// runs read merged instead of running the tests.</summary>
    internal Code.ReceivedTestPartitions? TestPartitions { get; init; }

    /// <summary>What this evaluation has observed, shared among its checks.</summary>
    internal Observations? Observations { get; init; }

    /// <summary>The shared observation under <paramref name="key"/>, collected once per evaluation (see
    /// <see cref="Checks.Observations"/>); outside an evaluation, <paramref name="standalone"/> holds it.</summary>
    internal Task<T> ObserveAsync<T>(Observations standalone, string key, string name, TimeSpan timeout, Func<CheckContext, Task<T>> collect) =>
        (Observations ?? standalone).GetAsync(this, key, name, timeout, collect);

    /// <summary>Where the reports go, relative to the root (the setup's <c>ReportDirectory</c>); checks keep their
    /// artifacts and work files under it.</summary>
    public string ReportDirectory { get; init; } = ReadinessSetup.DefaultReportDirectory;

    /// <summary>A path under the report directory, e.g. <c>Artifact("work", "migrations")</c>.</summary>
    /// <param name="parts">The path's parts under the report directory.</param>
    /// <returns>The absolute path.</returns>
    public string Artifact(params string[] parts) => Path.Combine([Root, ReportDirectory, .. parts]);

    /// <summary>A repository-relative path with forward slashes, as findings and reports use.</summary>
    /// <param name="path">An absolute path under the root.</param>
    /// <returns>The relative path.</returns>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
