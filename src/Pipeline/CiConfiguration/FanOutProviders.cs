using System.Reflection;

namespace Pipeline.CiConfiguration;

/// <summary>Finds the provider a build's component interfaces name (<see cref="FanOutProviderAttribute"/>).</summary>
internal static class FanOutProviders
{
    public static IFanOutProvider? Of(Type build) =>
        build.GetInterfaces().Select(i => i.GetCustomAttribute<FanOutProviderAttribute>()).OfType<FanOutProviderAttribute>()
            .Select(a => (IFanOutProvider)Activator.CreateInstance(a.Provider)!).FirstOrDefault();
}
