namespace Pipeline.Readiness.Checks.Services;

/// <summary>Gates the services a repository holds (Polly-style <c>AddX</c>): each is an item of this gate, decided by
/// the service's own gate.</summary>
internal static class ServiceGateChecks
{
    /// <summary>The id prefix of the items service gates add.</summary>
    public const string ItemPrefix = "prelaunch.gate.";

    /// <summary>Whether <paramref name="item"/> is a service's gate (what the <c>Services</c> target evaluates).</summary>
    public static bool IsServiceGate(ChecklistItem item) => item.Id.StartsWith(ItemPrefix, StringComparison.Ordinal);

    /// <summary>Adds the item <c>prelaunch.gate.&lt;name&gt;</c> ("&lt;folder&gt; passes its own readiness gate") and the
    /// check that runs the gate of <paramref name="folder"/> (relative to the root; it holds its own <c>build.sh</c>).</summary>
    public static ReadinessSetup Add(ReadinessSetup setup, string folder, ServiceGateOptions options)
    {
        var item = new ChecklistItem($"{ItemPrefix}{Path.GetFileName(folder.TrimEnd('/'))}", ReadinessCategory.PreLaunch, "Services",
            $"{folder} passes its own readiness gate", ItemBinding.Check);
        return setup.Add(item).Check(item, new ServiceGateCheck(folder, options) { Timeout = options.Timeout });
    }
}
