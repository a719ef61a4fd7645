using System.Reflection;

namespace Pipeline.CiConfiguration;

/// <summary>Plans the parallel jobs of a fanned-out workflow for a build (e.g. the readiness gate: one job per part
/// of the checklist, and a final job that decides from their evidence).</summary>
internal interface IFanOutProvider
{
    /// <summary>The plan for <paramref name="build"/>, from what it registers.</summary>
    FanOutPlan Plan(PipelineBuild build);
}

/// <summary>Finds the provider a build's component interfaces name (<see cref="FanOutProviderAttribute"/>).</summary>
internal static class FanOutProviders
{
    public static IFanOutProvider? Of(Type build) =>
        build.GetInterfaces().Select(i => i.GetCustomAttribute<FanOutProviderAttribute>()).OfType<FanOutProviderAttribute>()
            .Select(a => (IFanOutProvider)Activator.CreateInstance(a.Provider)!).FirstOrDefault();
}
