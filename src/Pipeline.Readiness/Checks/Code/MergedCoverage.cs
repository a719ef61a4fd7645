namespace Pipeline.Readiness.Checks.Code;

/// <summary>Merged coverage counts per assembly or package, and how many distinct source-generated lines (under an
/// <c>obj/</c> folder) were left out of them.</summary>
internal sealed record MergedCoverage(IReadOnlyDictionary<string, CoverageCounts> Assemblies, int GeneratedLines);
