using System.Reflection;

namespace Pipeline.Readiness.Checks;

/// <summary>The shared work (<see cref="Collector"/>s) a check reads: every collector its fields hold, directly or
/// through a delegate (the dashboard check reads the service run's metrics through one), and the collectors those hold
/// (a startup validation run reads the configuration views). The fan-out keeps checks that
/// share work in one job, and the scheduler gives a check the resources of the work it reads.</summary>
internal static class SharedWork
{
    /// <summary>The collectors <paramref name="check"/> reads, each once.</summary>
    public static IReadOnlyList<Collector> Of(ReadinessCheck check)
    {
        var found = new List<Collector>();
        Walk(check, found);
        return found;
    }

    private static void Walk(object holder, List<Collector> found)
    {
        for (var type = holder.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                foreach (var held in Held(field.GetValue(holder)))
                {
                    if (!found.Contains(held))
                    {
                        found.Add(held);
                        Walk(held, found);
                    }
                }
            }
        }
    }

    /// <summary>The collectors a field's value is or reaches: a collector, a delegate's target, or what a lambda's
    /// closure captured.</summary>
    private static IEnumerable<Collector> Held(object? value)
    {
        if (value is Collector collector)
        {
            yield return collector;
        }
        else if (value is Delegate callback)
        {
            foreach (var target in callback.GetInvocationList().Select(d => d.Target))
            {
                if (target is Collector bound)
                {
                    yield return bound;
                }
                else if (target is not null && target.GetType().IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
                {
                    var captured = new List<Collector>();
                    Walk(target, captured);
                    foreach (var reached in captured)
                    {
                        yield return reached;
                    }
                }
            }
        }
    }
}
