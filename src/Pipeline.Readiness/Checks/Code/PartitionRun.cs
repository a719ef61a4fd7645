namespace Pipeline.Readiness.Checks.Code;

/// <summary>What one test run (<see cref="ITestRun"/>, by its collector key) did in one partition: the units of the
/// whole suite it saw, the units it ran, the result files it kept (TRX or JUnit XML, Cobertura), and the runs that
/// could not happen. The fan-in merges the files of every partition and judges the suite from them.</summary>
/// <param name="Key">The test run's collector key (one per toolchain and project).</param>
/// <param name="Root">The repository root the partition ran in, which the result files' paths start with.</param>
/// <param name="Units">Every unit of the suite (.NET test classes, pytest test files) the partition saw.</param>
/// <param name="Ran">The units it ran (<see cref="TestPartition.Slice"/> of <paramref name="Units"/>).</param>
/// <param name="Files">The result files it kept, under the partition's folder.</param>
/// <param name="NotRun">Why a run could not happen, by run (<c>all</c>, <c>category-Auth</c>).</param>
internal sealed record PartitionRun(
    string Key, string Root, IReadOnlyList<string> Units, IReadOnlyList<string> Ran, IReadOnlyList<PartitionFile> Files, IReadOnlyDictionary<string, string> NotRun)
{
    /// <summary>The results of a run.</summary>
    public const string Results = "results";

    /// <summary>The coverage of a run.</summary>
    public const string Coverage = "coverage";

    /// <summary>The run of the whole slice, with coverage.</summary>
    public const string All = "all";

    /// <summary>What the partition counted, for its log: tests, passed, failed.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>Whether the slice had a failing test or a run that could not happen.</summary>
    public bool Blocks { get; init; }

    /// <summary>Whether the partition also ran every test outside the units dealt to the others (the last partition
    /// of a .NET suite dealt by class: <see cref="DotNetClassFilter.TakesRest"/>).</summary>
    public bool Rest { get; init; }

    /// <summary>What it ran, for logs and the evidence: its units (the first <see cref="NamedUnits"/> by name, then
    /// how many more), and <c>the rest</c>.</summary>
    public string RanText => (Ran.Count, Rest) switch
    {
        (0, false) => "nothing",
        (0, true) => "the rest",
        (_, false) => Named(),
        _ => Named() + " and the rest",
    };

    /// <summary>How many units <see cref="RanText"/> names before it counts the others.</summary>
    public const int NamedUnits = 5;

    private string Named() => string.Join(", ", Ran.Take(NamedUnits)) + (Ran.Count > NamedUnits ? $" and {Ran.Count - NamedUnits} more" : string.Empty);
}

/// <summary>One result file a partition kept.</summary>
/// <param name="Run">The run it came from (<c>all</c>, <c>category-Auth</c>).</param>
/// <param name="Kind"><see cref="PartitionRun.Results"/> or <see cref="PartitionRun.Coverage"/>.</param>
/// <param name="Path">Its path under the partition's folder, with forward slashes.</param>
/// <param name="Sha256">The digest of its content when it was kept.</param>
internal sealed record PartitionFile(string Run, string Kind, string Path, string Sha256);
