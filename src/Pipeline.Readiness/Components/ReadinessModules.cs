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
    /// for an item its target does not evaluate. Then what the files decide for items no component took ("Container
    /// image scanned" by the Dockerfiles' static rules, "Database credentials rotated" by default credentials), and for
    /// every item still without a check an Error naming the component or registration that would decide it.</summary>
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

        // What the files can decide when no component that sees more (an image scan, a vault) took the item.
        bool Open(ChecklistItem item) => setup.DecidedByChecks(item) && !setup.Checks.Any(c => c.Item.Id == item.Id);
        if (Open(Items.Security.ContainerImageScanned))
        {
            setup.Check(Items.Security.ContainerImageScanned, new Checks.Image.DockerfileRulesCheck());
        }

        if (Open(Items.Security.DatabaseCredentialsRotated))
        {
            setup.AddDefaultCredentialsCheck((build as ICheckConfiguration)?.ConfigurationSettings);
        }

        var present = Of(build);
        foreach (var item in setup.Checklist.Entries.Where(Open).ToList())
        {
            setup.Check(item, new Checks.UnconfiguredCheck("unregistered", Undecided(item, present)));
        }
    }

    /// <summary>Why nothing decides <paramref name="item"/>, and what would: the component whose module decides it
    /// (implemented, but its settings registered nothing; or not implemented), else a check or an attestation.</summary>
    private static string Undecided(ChecklistItem item, IReadOnlyList<ReadinessModule> present)
    {
        const string Own = "register a check (setup.Check) or let an attestation decide it (setup.Override(item with { Binding = ItemBinding.Attestation(role, days) }))";
        var deciding = Known.Value.Where(m => m.Decides(item)).ToList();
        var here = deciding.Where(m => present.Any(p => p.GetType() == m.GetType())).ToList();
        return here.Count > 0
            ? $"no check is registered for this item: {string.Join(", ", here.Select(m => m.Component.Name + Given(m)))} registered none with what the build gives it, or {Own}"
            : deciding.Count > 0
                ? $"no check is registered for this item: implement {string.Join(" or ", deciding.Select(m => $"{m.Component.Name} (target {m.Target}{Needs(m)})"))} on the build, or {Own}"
                : $"no check is registered for this item and no component decides it: {Own}";
    }

    private static string Needs(ReadinessModule module) => module.Inputs is { Length: > 0 } inputs ? $"; {inputs}" : "";

    private static string Given(ReadinessModule module) => module.Inputs is { Length: > 0 } inputs ? $" (give it {inputs})" : "";

    /// <summary>Every module a component interface brings, in this assembly and the loaded area packages that reference it.</summary>
    private static readonly Lazy<List<ReadinessModule>> Known = new(() =>
    [
        .. AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && (a == typeof(ReadinessModules).Assembly || a.GetReferencedAssemblies().Any(r => r.Name == typeof(ReadinessModules).Assembly.GetName().Name)))
            .SelectMany(Types).Where(t => t.IsInterface)
            .SelectMany(t => t.GetCustomAttributes<ReadinessModuleAttribute>(inherit: false)).DistinctBy(a => a.Module).Select(a => a.Create()),
    ]);

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}
