using System.Reflection;

namespace Pipeline.Definition;

/// <summary>Finds a build's targets (properties of type <see cref="Target"/>, including default interface members
/// of its components), runs each definition, and resolves references to names. Every problem is collected.</summary>
internal static class TargetDiscovery
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static IReadOnlyList<TargetDefinition> Discover(
        object build, List<string> problems, out IReadOnlyDictionary<MethodInfo, string> namesByMethod)
    {
        var properties = TargetProperties(build.GetType());
        var byMethod = new Dictionary<MethodInfo, string>();
        namesByMethod = byMethod;
        var targetNames = new List<string>(); // two lists, not one of tuples: a generic over a struct is JIT-compiled at start
        var targets = new List<Target>();
        foreach (var property in properties)
        {
            var target = (Target?)property.GetValue(build);
            if (target is null)
            {
                problems.Add($"Target '{property.Name}' is null.");
            }
            else if (!byMethod.TryAdd(target.Method, property.Name))
            {
                problems.Add($"Target '{property.Name}' is the same target as '{byMethod[target.Method]}'.");
            }
            else
            {
                targetNames.Add(property.Name);
                targets.Add(target);
            }
        }

        var definitions = new List<TargetDefinition>(targets.Count);
        for (var index = 0; index < targets.Count; index++)
        {
            var definition = new TargetDefinition(targetNames[index], index);
            definitions.Add(definition);
            try
            {
                targets[index](definition);
            }
            catch (Exception exception)
            {
                problems.Add($"Target '{definition.Name}' could not be defined: {exception.Message}");
            }
        }

        var byName = definitions.ToDictionary(d => d.Name);
        foreach (var definition in definitions)
        {
            foreach (var reference in definition.References)
            {
                if (Resolve(build, reference, byMethod, out var error) is { } name)
                {
                    Link(definition, byName[name], reference.Relation);
                }
                else
                {
                    problems.Add($"Target '{definition.Name}' refers to {reference.Text}, which {error}.");
                }
            }
        }

        return definitions;
    }

    private static string? Resolve(object build, TargetReference reference, Dictionary<MethodInfo, string> byMethod, out string error)
    {
        error = "is not a target property of the build";
        try
        {
            return byMethod.GetValueOrDefault(reference.Resolve(build).Method);
        }
        catch (Exception exception) when (exception is InvalidOperationException or InvalidCastException)
        {
            error = $"cannot be resolved: {exception.Message}";
            return null;
        }
    }

    private static void Link(TargetDefinition source, TargetDefinition other, TargetRelation relation)
    {
        var (owner, list, name) = relation switch
        {
            TargetRelation.DependsOn => (source, source.DependsOnNames, other.Name),
            TargetRelation.DependentFor => (other, other.DependsOnNames, source.Name),
            TargetRelation.After => (source, source.AfterNames, other.Name),
            TargetRelation.Before => (other, other.AfterNames, source.Name),
            TargetRelation.Triggers => (source, source.TriggersNames, other.Name),
            _ => (other, other.TriggersNames, source.Name),
        };
        if (owner.Name == name || !list.Contains(name))
        {
            list.Add(name); // a self-reference is kept so that validation reports it as a cycle
        }
    }

    private static List<PropertyInfo> TargetProperties(Type buildType)
    {
        var result = new List<PropertyInfo>();
        for (var type = buildType; type is not null && type != typeof(PipelineBuild); type = type.BaseType)
        {
            result.AddRange(type.GetProperties(Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(Target) && p.GetIndexParameters().Length == 0
                    && !p.Name.Contains('.', StringComparison.Ordinal) && result.All(r => r.Name != p.Name)));
        }

        foreach (var component in buildType.GetInterfaces())
        {
            result.AddRange(component.GetProperties()
                .Where(p => p.PropertyType == typeof(Target) && result.All(r => r.Name != p.Name)));
        }

        return result;
    }
}
