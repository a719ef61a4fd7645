using System.Diagnostics;

namespace Pipeline.Readiness.Tests.Support;

/// <summary>Real git in a temporary folder: init, commit, read HEAD.</summary>
internal static class GitRepository
{
    public static void Init(string root)
    {
        Run(root, "init", "--quiet", "--initial-branch=main");
        Run(root, "config", "user.email", "test@pipeline.invalid");
        Run(root, "config", "user.name", "Pipeline Test");
        CommitAll(root, "initial");
    }

    public static void CommitAll(string root, string message)
    {
        Run(root, "add", "--all");
        Run(root, "commit", "--quiet", "--allow-empty", "-m", message);
    }

    public static string Head(string root) => Run(root, "rev-parse", "HEAD").Trim();

    public static string Run(string root, params string[] arguments)
    {
        var info = new ProcessStartInfo("git", arguments) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
    }
}
