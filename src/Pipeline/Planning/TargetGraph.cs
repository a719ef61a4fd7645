using Pipeline.Definition;

namespace Pipeline.Planning;

/// <summary>All targets of a build in declaration order, found by name.</summary>
internal sealed class TargetGraph
{
    private readonly Dictionary<string, TargetDefinition> _byName = [];
    private readonly Dictionary<TargetDefinition, List<TargetDefinition>> _triggeredBy = [];

    public TargetGraph(IEnumerable<TargetDefinition> targets)
    {
        Targets = [.. targets];
        foreach (var target in Targets)
        {
            _byName.TryAdd(TargetNames.Normalize(target.Name), target);
            _triggeredBy[target] = [];
        }

        foreach (var trigger in Targets)
        {
            foreach (var triggered in trigger.TriggersNames.Select(Find).OfType<TargetDefinition>())
            {
                _triggeredBy[triggered].Add(trigger);
            }
        }
    }

    public IReadOnlyList<TargetDefinition> Targets { get; }

    public TargetDefinition? Find(string name) => _byName.GetValueOrDefault(TargetNames.Normalize(name));

    public TargetDefinition Get(string name) =>
        Find(name) ?? throw new InvalidUsageException($"Unknown target '{name}'. Available targets: {ListNames()}.");

    public string ListNames() => string.Join(", ", Targets.Where(t => !t.IsUnlisted).Select(t => t.Name));

    /// <summary>Targets that must finish before <paramref name="target"/> may start, if both are planned.</summary>
    public IEnumerable<TargetDefinition> Predecessors(TargetDefinition target) =>
        target.DependsOnNames.Concat(target.AfterNames)
            .Select(Find).OfType<TargetDefinition>()
            .Concat(_triggeredBy[target]);

    /// <summary>Targets whose failure stops <paramref name="target"/>: its dependencies and its triggers.</summary>
    public IEnumerable<TargetDefinition> Prerequisites(TargetDefinition target) =>
        target.DependsOnNames.Select(Find).OfType<TargetDefinition>().Concat(_triggeredBy[target]);
}
