using System.Globalization;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>One slice of a test suite split for parallel runners (<c>--partition 2/4</c>): the units of the suite (.NET
/// test classes, pytest test files), in ordinal order, are dealt round-robin, so partition <see cref="Index"/> of
/// <see cref="Count"/> runs the units at positions <c>Index - 1</c>, <c>Index - 1 + Count</c>, … Every unit is in
/// exactly one partition, and every runner that sees the same units deals them the same way.</summary>
/// <param name="Index">Which partition, from 1.</param>
/// <param name="Count">How many partitions there are.</param>
internal sealed record TestPartition(int Index, int Count)
{
    /// <summary>The partition in the command line's form, <c>2/4</c>.</summary>
    public override string ToString() => $"{Index}/{Count}";

    /// <summary>The partition in a name's form, <c>2of4</c> (jobs, artifacts, folders).</summary>
    public string Label => $"{Index}of{Count}";

    /// <summary>The name of the job that runs this partition of <paramref name="part"/>: <c>Coverage-Test-2of4</c>.</summary>
    public string JobPart(string part) => $"{part}-{Label}";

    /// <summary>The units of <paramref name="all"/> this partition runs.</summary>
    public IReadOnlyList<string> Slice(IReadOnlyList<string> all)
    {
        var ordered = all.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return [.. ordered.Where((_, position) => position % Count == Index - 1)];
    }

    /// <summary>Reads <c>k/n</c> (1 ≤ k ≤ n).</summary>
    /// <exception cref="InvalidUsageException">The text is not of that form.</exception>
    public static TestPartition Parse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new TestPartition(index, count);
        }

        throw new InvalidUsageException($"--partition {text}: expected k/n with 1 <= k <= n, e.g. 2/4 (the second of four partitions)");
    }
}
