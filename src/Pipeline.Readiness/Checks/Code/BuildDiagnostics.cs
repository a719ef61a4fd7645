namespace Pipeline.Readiness.Checks.Code;

/// <summary>Which build diagnostics count against an item.</summary>
internal enum BuildDiagnostics
{
    /// <summary>Compiler errors only (the type check).</summary>
    Errors,

    /// <summary>Errors and every warning, analyzers included (lint).</summary>
    ErrorsAndWarnings,
}
