namespace Pipeline.Readiness;

/// <summary>Runs a git command in the repository, quietly; null when git cannot run at all.</summary>
internal static class Git
{
    public static async Task<ProcessResult?> RunAsync(IProcessRunner processes, string root, string[] arguments, CancellationToken cancellation)
    {
        try
        {
            return await processes.RunAsync(new ProcessSpec("git", arguments)
            {
                WorkingDirectory = root,
                LogOutput = false,
                CheckExitCode = false,
                Timeout = TimeSpan.FromSeconds(30),
            }, cancellation).ConfigureAwait(false);
        }
        catch (ProcessFailedException)
        {
            return null;
        }
    }
}
