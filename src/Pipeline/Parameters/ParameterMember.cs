using System.Reflection;
using System.Text;

namespace Pipeline.Parameters;

/// <summary>A parameter field or property of a build class.</summary>
internal sealed class ParameterMember(MemberInfo member, ParameterAttribute attribute)
{
    public string Name { get; } = attribute.Name ?? member.Name;

    public string? Description => attribute.Description;

    /// <summary>The field or property name, as <c>Requires(() => Member)</c> writes it.</summary>
    public string MemberName => member.Name;

    public Type Type => member is FieldInfo info ? info.FieldType : ((PropertyInfo)member).PropertyType;

    public bool IsSecret { get; } = member.IsDefined(typeof(SecretAttribute));

    public bool IsRequired { get; } = member.IsDefined(typeof(RequiredAttribute));

    /// <summary>The command-line form: <c>ApiKey</c> is <c>--api-key</c>.</summary>
    public string OptionName => "--" + Kebab(Name);

    public string Key => ParameterNames.Normalize(Name);

    public object? GetValue(object build) =>
        member is FieldInfo info ? info.GetValue(build) : ((PropertyInfo)member).GetValue(build);

    public void SetValue(object build, object? value)
    {
        if (member is FieldInfo info)
        {
            info.SetValue(build, value);
        }
        else if (member is PropertyInfo { CanWrite: true } property)
        {
            property.SetValue(build, value);
        }
        else
        {
            ComponentParameters.Set(build, member.Name, value); // a component's get-only parameter reads it back
        }
    }

    private static string Kebab(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (boundary || (c == '_' && i > 0))
            {
                builder.Append('-');
            }

            if (c != '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
