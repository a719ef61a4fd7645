namespace Pipeline.Readiness.Checks.Python;

/// <summary>The settings <see cref="ILint"/>, <see cref="ITest"/> and <see cref="IReportCoverage"/> use for Python
/// (one pytest run serves all three). Their Python checks are registered when the project folder holds a
/// <c>pyproject.toml</c>, <c>uv.lock</c>, <c>poetry.lock</c>, <c>Pipfile.lock</c>, <c>requirements*.txt</c>,
/// <c>setup.cfg</c> or <c>setup.py</c> — next to the .NET checks in a repository that has both.</summary>
public interface IPythonCode : IReadinessComponent
{
    /// <summary>Override to set the project folder, thresholds, security suites, keywords and the rest.</summary>
    PythonCodeOptions PythonCodeSettings => new();

    /// <summary>Whether there is a Python project to check.</summary>
    internal bool HasPythonCode => PythonProject.At(RootDirectory, PythonCodeSettings.ProjectDirectory) is not null;
}
