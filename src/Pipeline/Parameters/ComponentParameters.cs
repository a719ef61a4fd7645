using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Pipeline;

/// <summary>Parameters declared by components: an interface cannot hold a value, so a get-only
/// <c>[Parameter] string? Source => this.ParameterValue&lt;string&gt;(nameof(Source));</c> reads it from here.</summary>
public static class ComponentParameters
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, object?>> Values = new();

    /// <summary>The value the command line, environment or parameter files gave <paramref name="member"/>, or
    /// <paramref name="fallback"/> when none did.</summary>
    public static T? ParameterValue<T>(this IPipelineBuild build, string member, T? fallback = default) =>
        Values.TryGetValue(build, out var values) && values.TryGetValue(member, out var value) ? (T?)value : fallback;

    internal static void Set(object build, string member, object? value) =>
        Values.GetOrCreateValue(build)[member] = value;
}
