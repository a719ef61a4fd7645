using System.Reflection;

namespace Pipeline.Readiness.Components;

/// <summary>The modules of the components a build implements, each once, in the order of their target names (the
/// report's order comes from the checklist; this order only fixes which of several checks of one item is listed first).</summary>
internal static class ReadinessModules
{
    public static IReadOnlyList<ReadinessModule> Of(IReadinessComponent build) =>
    [
        .. build.GetType().GetInterfaces()
            .SelectMany(component => component.GetCustomAttributes<ReadinessModuleAttribute>(inherit: false))
            .DistinctBy(attribute => attribute.Module)
            .Select(attribute => attribute.Create())
            .OrderBy(module => module.Target, StringComparer.Ordinal).ThenBy(module => module.GetType().Name, StringComparer.Ordinal),
    ];

    /// <summary>Registers every module's checks after the team's own, and refuses a module that registers a check
    /// for an item its target does not evaluate. Without an image component, "Container image scanned" gets the
    /// Dockerfiles' static rules, which fail it without an engine and otherwise leave it an Error.</summary>
    public static void Register(IReadinessComponent build, ReadinessSetup setup)
    {
        setup.EndTeamRegistrations();
        foreach (var module in Of(build))
        {
            var start = setup.StartModule();
            try
            {
                module.Register(build, setup);
            }
            catch (Exception exception) when (exception is not InvalidUsageException)
            {
                throw new InvalidUsageException($"{module.Component.Name} could not register its checks: {exception.Message}");
            }

            if (setup.Checks.Skip(start).FirstOrDefault(c => !module.Decides(c.Item)) is { Item: { } stray, Check: { } check })
            {
                throw new InvalidUsageException($"{module.Component.Name} registered the check '{check.Name}' for '{stray.Id}', which its target {module.Target} does not evaluate; add the item to {module.GetType().Name}.Items.");
            }
        }

        if (!setup.Checks.Any(c => c.Item.Id == Items.Security.ContainerImageScanned.Id) && setup.DecidedByChecks(Items.Security.ContainerImageScanned))
        {
            setup.Check(Items.Security.ContainerImageScanned, new Checks.Image.DockerfileRulesCheck());
        }
    }
}
