using System.Collections;

namespace Pipeline.Definition;

/// <summary>Something a target needs before the build may start: a condition or a set parameter.</summary>
internal sealed record TargetRequirement(Func<bool> IsMet, string Text, bool IsParameter)
{
    public static TargetRequirement ForParameter<T>(Func<T> parameter, string text) =>
        new(() => IsSet(parameter()), text, IsParameter: true);

    /// <summary>Says what is missing; <paramref name="optionFor"/> turns a member name into its option (<c>--api-key</c>).</summary>
    public string Describe(Func<string, string?> optionFor) => IsParameter
        ? $"parameter {optionFor(ParameterName(Text)) ?? $"'{ParameterName(Text)}'"} must be set"
        : $"condition '{Text}' must hold";

    private static bool IsSet(object? value) => value switch
    {
        null => false,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => true,
    };

    private static string ParameterName(string text)
    {
        var arrow = text.IndexOf("=>", StringComparison.Ordinal);
        return arrow < 0 ? text : text[(arrow + 2)..].Trim();
    }
}
