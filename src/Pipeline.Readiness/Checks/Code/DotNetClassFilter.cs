namespace Pipeline.Readiness.Checks.Code;

/// <summary>Which tests one partition of a .NET suite dealt by test class runs (<see cref="For"/>), and that as a
/// VSTest <c>--filter</c> (<see cref="ToVsTest"/>). A test is taken by the first partition before the last one that
/// has a class whose name and a dot (<c>Ns.Class.</c>) the test's full name contains; the last partition takes every
/// other test. So each test runs in exactly one partition — also a test of a class the source reading did not deal
/// (a nested class, <c>Ns.Outer+Inner</c>; a generic, generated or F# one), which lands in the last.</summary>
/// <param name="Take">The classes whose tests the partition runs.</param>
/// <param name="Skip">The classes of the earlier partitions, whose tests it leaves to them.</param>
/// <param name="TakesRest">Whether it also runs every test no earlier partition takes (the last partition).</param>
internal sealed record DotNetClassFilter(IReadOnlyList<string> Take, IReadOnlyList<string> Skip, bool TakesRest)
{
    /// <summary>Whether the partition runs no test at all (more partitions than classes).</summary>
    public bool RunsNothing => !TakesRest && Take.Count == 0;

    /// <summary>The filter of <paramref name="partition"/> when the suite's classes are <paramref name="classes"/>
    /// (dealt by <see cref="TestPartition.Slice"/>).</summary>
    public static DotNetClassFilter For(TestPartition partition, IReadOnlyList<string> classes)
    {
        var last = partition.Index == partition.Count;
        var earlier = Enumerable.Range(1, partition.Index - 1).SelectMany(k => new TestPartition(k, partition.Count).Slice(classes)).Order(StringComparer.Ordinal);
        return new DotNetClassFilter(last ? [] : partition.Slice(classes), [.. earlier], last);
    }

    /// <summary>Whether the partition runs the test with the full name <paramref name="fullName"/>
    /// (<c>Ns.Class.Method</c>, <c>Ns.Outer+Inner.Method</c>), as VSTest decides with <see cref="ToVsTest"/> (its <c>~</c> ignores case).</summary>
    public bool Takes(string fullName) =>
        (TakesRest || Take.Any(c => fullName.Contains(c + ".", StringComparison.OrdinalIgnoreCase))) && !Skip.Any(c => fullName.Contains(c + ".", StringComparison.OrdinalIgnoreCase));

    /// <summary>The VSTest filter (<c>(FullyQualifiedName~A.|FullyQualifiedName~B.)&amp;FullyQualifiedName!~C.</c>),
    /// joined with <paramref name="also"/> (<c>Category=Auth</c>) when given; null when it runs every test.</summary>
    /// <exception cref="InvalidOperationException">It runs no test (<see cref="RunsNothing"/>): there is no filter for that.</exception>
    public string? ToVsTest(string? also = null)
    {
        if (RunsNothing)
        {
            throw new InvalidOperationException("a partition without classes that does not take the rest runs nothing; it has no filter");
        }

        var terms = new List<string>();
        if (Take.Count > 0)
        {
            terms.Add("(" + string.Join("|", Take.Select(c => $"FullyQualifiedName~{c}.")) + ")");
        }

        terms.AddRange(Skip.Select(c => $"FullyQualifiedName!~{c}."));
        var own = terms.Count == 0 ? null : string.Join("&", terms);
        return (own, also) switch
        {
            (null, _) => also,
            (_, null) => own,
            _ => $"({own})&{also}",
        };
    }
}
