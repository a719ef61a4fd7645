namespace Pipeline.Readiness.Checks.Python;

/// <summary>The units a pytest suite is partitioned by: the test files pytest itself collects (<c>pytest
/// --collect-only -q</c> with the project's own options and arguments, so its configuration decides what a test is),
/// by their path relative to the project folder. A collection that fails is an error, never an empty suite.</summary>
internal static class PytestTestFiles
{
    /// <exception cref="InvalidOperationException">pytest is missing, the collection failed, or a node id names no file
    /// under the project folder.</exception>
    public static async Task<IReadOnlyList<string>> ListAsync(CheckContext context, PythonCodeOptions options)
    {
        var project = options.RequireProject(context);
        var pytest = await PythonTools.FindAsync(context, project, "pytest", "pytest").ConfigureAwait(false)
            ?? throw new InvalidOperationException(PythonTools.Missing("pytest", project));
        var run = await context.Processes.RunAsync(
            pytest.Run(project.Directory, ["--collect-only", "-q", "-p", "no:cacheprovider", .. options.PytestArguments]), context.Cancellation).ConfigureAwait(false);
        if (run.ExitCode == 5)
        {
            return [];
        }

        if (run.ExitCode != 0)
        {
            var tail = string.Join(" | ", (run.StandardOutput + "\n" + run.StandardError).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(6));
            throw new InvalidOperationException($"'{run.CommandLine}' could not collect the tests (exit code {run.ExitCode}): {tail}");
        }

        var files = run.StandardOutput.Split('\n').Select(l => l.Trim())
            .Where(l => l.Contains("::", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf("::", StringComparison.Ordinal)].Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (files.FirstOrDefault(f => !File.Exists(Path.Combine(project.Directory, f))) is { } stray)
        {
            throw new InvalidOperationException($"pytest collected tests in '{stray}', which is not a file under {context.Relative(project.Directory)}/ (its rootdir is elsewhere?); the suite cannot be partitioned by file");
        }

        return files;
    }
}
