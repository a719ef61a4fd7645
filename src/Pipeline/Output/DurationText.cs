using System.Globalization;

namespace Pipeline.Output;

/// <summary>Formats durations as <c>m:ss</c>, or <c>&lt; 1s</c>.</summary>
internal static class DurationText
{
    public static string Format(TimeSpan duration) => duration < TimeSpan.FromSeconds(1)
        ? "< 1s"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes}:{duration.Seconds:00}");
}
