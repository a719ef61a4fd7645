namespace Pipeline.Readiness;

/// <summary>Reads the commit being evaluated with <c>git rev-parse HEAD</c>; outside a git repository the commit
/// is <see cref="Unknown"/> and no sign-off can count.</summary>
internal static class CommitReader
{
    public const string Unknown = "unknown";

    public static async Task<string> ReadAsync(IProcessRunner processes, string root, CancellationToken cancellation)
    {
        var result = await Git.RunAsync(processes, root, ["rev-parse", "HEAD"], cancellation).ConfigureAwait(false);
        var commit = result?.StandardOutput.Trim() ?? string.Empty;
        return result is { ExitCode: 0 } && commit.Length >= 7 ? commit : Unknown;
    }
}
