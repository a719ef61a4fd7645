namespace Pipeline.Readiness.Checks.Python;

/// <summary>One ruff diagnostic: project-relative file, line, column, rule code and message.</summary>
internal sealed record RuffDiagnostic(string File, int Line, int Column, string Code, string Message);
