namespace Pipeline.Readiness.Checks.Services;

/// <summary>Gates the services a repository holds (Polly-style <c>AddX</c>): each is an item of this gate, decided by
/// the service's own gate.</summary>
internal static class ServiceGateChecks
{
    /// <summary>Adds the item <c>prelaunch.gate.&lt;name&gt;</c> ("&lt;folder&gt; passes its own readiness gate") and the
    /// check that runs the gate of <paramref name="folder"/> (relative to the root; it holds its own <c>build.sh</c>).</summary>
    public static ReadinessSetup Add(ReadinessSetup setup, string folder)
    {
        var item = new ChecklistItem($"prelaunch.gate.{Path.GetFileName(folder.TrimEnd('/'))}", ReadinessCategory.PreLaunch, "Services",
            $"{folder} passes its own readiness gate", ItemBinding.Check);
        return setup.Add(item).Check(item, new ServiceGateCheck(folder) { Timeout = TimeSpan.FromMinutes(30) }); // a whole gate: tests, probes, load
    }
}
