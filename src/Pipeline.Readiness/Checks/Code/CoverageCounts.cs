namespace Pipeline.Readiness.Checks.Code;

/// <summary>Covered and coverable lines and branches, with rates in percent (100 when there is nothing to cover).</summary>
internal sealed record CoverageCounts(int LinesCovered, int LinesValid, int BranchesCovered, int BranchesValid)
{
    public double LineRate => LinesValid == 0 ? 100 : Math.Round(100.0 * LinesCovered / LinesValid, 2);

    public double BranchRate => BranchesValid == 0 ? 100 : Math.Round(100.0 * BranchesCovered / BranchesValid, 2);

    public static CoverageCounts Sum(IEnumerable<CoverageCounts> parts) => parts.Aggregate(new CoverageCounts(0, 0, 0, 0), (a, b) =>
        new(a.LinesCovered + b.LinesCovered, a.LinesValid + b.LinesValid, a.BranchesCovered + b.BranchesCovered, a.BranchesValid + b.BranchesValid));
}
