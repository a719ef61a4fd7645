using System.Collections;

namespace Pipeline.Parameters;

/// <summary>Sets every parameter from its sources, registers secret values for masking, and reports every
/// problem at once (unknown options or keys, bad values, missing required parameters).</summary>
internal static class ParameterInjector
{
    public static void Inject(object build, IReadOnlyList<ParameterMember> members, ParameterSources sources, SecretMasker masker)
    {
        var problems = sources.Unknown(members).ToList();
        foreach (var member in members)
        {
            if (sources.Find(member) is not { } raw)
            {
                continue;
            }

            try
            {
                member.SetValue(build, ValueConverter.Convert(member.Type, raw, text => member.IsSecret ? "(hidden value)" : $"'{text}'"));
            }
            catch (FormatException exception)
            {
                problems.Add($"Parameter {member.OptionName} from {raw.Source}: {exception.Message}.");
            }
        }

        foreach (var member in members)
        {
            var value = member.GetValue(build);
            if (member.IsSecret)
            {
                foreach (var text in Texts(value))
                {
                    masker.Add(text);
                }
            }

            if (member.IsRequired && !Texts(value).Any(t => t.Length > 0))
            {
                problems.Add($"Parameter {member.OptionName} is required.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidUsageException(string.Join(Environment.NewLine, problems));
        }
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable items => items.Cast<object?>().Select(i => i?.ToString() ?? string.Empty),
        _ => [value.ToString() ?? string.Empty],
    };
}
