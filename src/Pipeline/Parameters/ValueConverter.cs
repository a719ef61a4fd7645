using System.ComponentModel;

namespace Pipeline.Parameters;

/// <summary>Converts raw texts to a member's type with its <see cref="TypeConverter"/>: enums (by name,
/// case-insensitive), arrays, nullable types and bare boolean flags.</summary>
internal static class ValueConverter
{
    public static object? Convert(Type type, RawValue raw, Func<string, string> show)
    {
        if (raw.Values is null)
        {
            return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
                ? null
                : throw new FormatException($"null is not a valid {type.Name}");
        }

        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var texts = raw.SplitLists
                ? raw.Values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                : raw.Values;
            var items = texts.Select(t => ConvertOne(element, t, show)).ToArray();
            var array = Array.CreateInstance(element, items.Length);
            Array.Copy(items, array, items.Length);
            return array;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return raw.Values.Count switch
        {
            0 when underlying == typeof(bool) => true,
            1 => ConvertOne(type, raw.Values[0], show),
            var n => throw new FormatException($"expected one value, got {n}"),
        };
    }

    private static object? ConvertOne(Type type, string text, Func<string, string> show)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return text;
        }

        object? value;
        try
        {
            value = TypeDescriptor.GetConverter(underlying).ConvertFromInvariantString(text);
        }
        catch (Exception exception) when (exception is FormatException or NotSupportedException or ArgumentException
            or OverflowException || exception.InnerException is FormatException or OverflowException)
        {
            throw new FormatException($"{show(text)} is not a valid {Describe(underlying)}");
        }

        if (underlying.IsEnum && !underlying.IsDefined(typeof(FlagsAttribute), false) && !Enum.IsDefined(underlying, value!))
        {
            throw new FormatException($"{show(text)} is not a valid {Describe(underlying)}");
        }

        return value;
    }

    private static string Describe(Type type) => type.IsEnum
        ? $"{type.Name} (expected one of: {string.Join(", ", Enum.GetNames(type))})"
        : type.Name;
}
