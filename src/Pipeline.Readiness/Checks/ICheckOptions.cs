namespace Pipeline.Readiness.Checks;

/// <summary>Options of a check; <see cref="Validate"/> lists every bad field ("MinimumLineCoverage: must be 0–100").</summary>
internal interface ICheckOptions
{
    /// <summary>Every problem with the options; empty when they are valid.</summary>
    IEnumerable<string> Validate();
}
