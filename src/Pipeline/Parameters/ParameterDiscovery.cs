using System.Reflection;

namespace Pipeline.Parameters;

/// <summary>Finds the <see cref="ParameterAttribute"/> fields and properties of a build class, then those its
/// components declare (a class member of the same name wins).</summary>
internal static class ParameterDiscovery
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static IReadOnlyList<ParameterMember> Find(Type buildType)
    {
        var members = new List<ParameterMember>();
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            // Fields and properties only, and the attribute read only where it is defined (reading every member's
            // attributes was a tenth of a warm --help).
            foreach (var member in type.GetFields(Instance | BindingFlags.DeclaredOnly).Concat<MemberInfo>(type.GetProperties(Instance | BindingFlags.DeclaredOnly)))
            {
                if (!member.IsDefined(typeof(ParameterAttribute), inherit: false) || member.GetCustomAttribute<ParameterAttribute>() is not { } attribute)
                {
                    continue;
                }

                if (member is PropertyInfo { CanWrite: false } property)
                {
                    throw new InvalidUsageException(
                        $"Parameter '{property.Name}' of {buildType.Name} has no setter; give it one or use a field.");
                }

                members.Add(new ParameterMember(member, attribute));
            }
        }

        foreach (var component in buildType.GetInterfaces())
        {
            foreach (var property in component.GetProperties())
            {
                if (property.IsDefined(typeof(ParameterAttribute), inherit: false) && property.GetCustomAttribute<ParameterAttribute>() is { } attribute
                    && members.All(m => m.Key != ParameterNames.Normalize(attribute.Name ?? property.Name)))
                {
                    members.Add(new ParameterMember(property, attribute));
                }
            }
        }

        var duplicates = members.GroupBy(m => m.Key).Where(g => g.Count() > 1).Select(g => g.First().Name).ToList();
        return duplicates.Count == 0
            ? members
            : throw new InvalidUsageException($"Parameters with the same name: {string.Join(", ", duplicates)}.");
    }
}
