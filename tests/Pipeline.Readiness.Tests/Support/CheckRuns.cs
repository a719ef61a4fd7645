namespace Pipeline.Readiness.Tests.Support;

/// <summary>Runs checks as the gate does (a real process runner, masking, the check's own timeout) on a root, with a
/// fixed commit unless one is given.</summary>
internal static class CheckRuns
{
    public static async Task<CheckResult> RunAsync(ReadinessCheck check, ChecklistItem item, string root, string commit = "0000000") =>
        (await CheckRunner.RunAsync(check, new CheckContext(item, root, commit, new ProcessRunner(), TimeProvider.System, CancellationToken.None), new SecretMasker())).Result;

    /// <summary>Every check the setup registered (or those <paramref name="where"/> picks), in order, with its item and result.</summary>
    public static async Task<List<(ChecklistItem Item, ReadinessCheck Check, CheckResult Result)>> RunAllAsync(ReadinessSetup setup, string root, Func<ReadinessCheck, bool>? where = null)
    {
        var results = new List<(ChecklistItem, ReadinessCheck, CheckResult)>();
        foreach (var (item, check) in setup.Checks.Where(c => where?.Invoke(c.Check) ?? true))
        {
            results.Add((item, check, await RunAsync(check, item, root)));
        }

        return results;
    }
}
