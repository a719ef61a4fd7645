using Tomlyn;
using Tomlyn.Model;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>A Python service at a folder of the repository, recognised by the files its tools keep there
/// (<c>pyproject.toml</c>, <c>uv.lock</c>, <c>poetry.lock</c>, <c>Pipfile.lock</c>, <c>requirements*.txt</c>,
/// <c>setup.cfg</c>, <c>setup.py</c>): which of them exist, its top-level packages, its source files and its
/// <c>pyproject.toml</c> read with Tomlyn.</summary>
internal sealed class PythonProject
{
    private static readonly string[] FixedMarkers = ["pyproject.toml", "uv.lock", "poetry.lock", "Pipfile.lock", "setup.cfg", "setup.py"];

    /// <summary>Folders no Python tool looks into (ruff's and mypy's defaults, and build output).</summary>
    private static readonly HashSet<string> SkippedFolders =
    [
        ".git", ".hg", ".svn", ".venv", "venv", ".tox", ".nox", ".eggs", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
        "node_modules", "build", "dist", "site-packages", "__pypackages__", "_build", "buck-out", ".direnv", ".pants.d", ".pytype", "bin", "obj",
    ];

    /// <summary>Folders that hold tests, migrations or type stubs rather than the application itself.</summary>
    private static readonly HashSet<string> NotApplicationFolders = ["tests", "test", "alembic", "migrations", "stubs"];

    private readonly Lazy<TomlTable?> _pyproject;

    private PythonProject(string directory, IReadOnlyList<string> markers)
    {
        Directory = directory;
        Markers = markers;
        _pyproject = new Lazy<TomlTable?>(() => ReadToml(Path.Combine(directory, "pyproject.toml")));
    }

    /// <summary>The project's folder (absolute).</summary>
    public string Directory { get; }

    /// <summary>The marker files found there, by name.</summary>
    public IReadOnlyList<string> Markers { get; }

    /// <summary>The project's <c>pyproject.toml</c>, or null when it has none. A file that is not valid TOML throws
    /// a <see cref="FormatException"/> naming file, line and column.</summary>
    public TomlTable? Pyproject => _pyproject.Value;

    /// <summary>The Python project at <paramref name="directory"/>, or null when none of its marker files is there.</summary>
    public static PythonProject? Detect(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return null;
        }

        var markers = FixedMarkers.Where(m => File.Exists(Path.Combine(directory, m)))
            .Concat(RequirementFiles(directory).Select(Path.GetFileName).OfType<string>()).ToList();
        return markers.Count == 0 ? null : new PythonProject(Path.GetFullPath(directory), markers);
    }

    /// <summary>The Python project at <paramref name="directory"/> (relative to <paramref name="root"/>), or null.</summary>
    public static PythonProject? At(string root, string directory) => Detect(Path.GetFullPath(directory, root));

    /// <summary>The Python project at <paramref name="directory"/> (relative to <paramref name="root"/>); none there
    /// throws, which the gate records as an Error.</summary>
    public static PythonProject Require(string root, string directory) => At(root, directory)
        ?? throw new FileNotFoundException($"no Python project at '{directory}' (no pyproject.toml, uv.lock, poetry.lock, Pipfile.lock, requirements*.txt, setup.cfg or setup.py)");

    /// <summary>What the project's own relative paths are prefixed with to be repository-relative: <c>svc/</c>, or
    /// nothing when the project is at the root.</summary>
    public string PathPrefix(CheckContext context) => context.Relative(Directory) is "." ? string.Empty : context.Relative(Directory) + "/";

    /// <summary><c>project.requires-python</c> of <c>pyproject.toml</c>, or null.</summary>
    public string? RequiresPython => Table("project") is { } table && table.TryGetValue("requires-python", out var value) ? value as string : null;

    /// <summary>The folder's <c>requirements*.txt</c> files (also under <c>requirements/</c>).</summary>
    public static IEnumerable<string> RequirementFiles(string directory) =>
        System.IO.Directory.GetFiles(directory, "requirements*.txt")
            .Concat(System.IO.Directory.Exists(Path.Combine(directory, "requirements")) ? System.IO.Directory.GetFiles(Path.Combine(directory, "requirements"), "*.txt") : [])
            .Order(StringComparer.Ordinal);

    public bool Has(string marker) => Markers.Contains(marker);

    /// <summary>A table of <c>pyproject.toml</c> by dotted path (<c>tool.ruff</c>), or null.</summary>
    public TomlTable? Table(string dotted) => Table(Pyproject, dotted);

    public static TomlTable? Table(TomlTable? table, string dotted)
    {
        foreach (var key in dotted.Split('.'))
        {
            table = table is not null && table.TryGetValue(key, out var value) ? value as TomlTable : null;
        }

        return table;
    }

    /// <summary>Top-level import packages: folders with an <c>__init__.py</c> at the project folder or under
    /// <c>src/</c>, tests and migrations left out.</summary>
    public IReadOnlyList<string> Packages() =>
        [.. new[] { Directory, Path.Combine(Directory, "src") }.Where(System.IO.Directory.Exists)
            .SelectMany(System.IO.Directory.GetDirectories)
            .Where(d => File.Exists(Path.Combine(d, "__init__.py")) && !NotApplicationFolders.Contains(Path.GetFileName(d)) && !SkippedFolders.Contains(Path.GetFileName(d)))
            .Select(Path.GetFileName).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every top-level module the project itself provides, as isort sees first-party code: packages (folders
    /// with an <c>__init__.py</c>, tests included) and modules (<c>.py</c> files) at the project folder or under <c>src/</c>.</summary>
    public IReadOnlyList<string> ImportRoots() =>
        [.. new[] { Directory, Path.Combine(Directory, "src") }.Where(System.IO.Directory.Exists)
            .SelectMany(root => System.IO.Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "__init__.py")) && !SkippedFolders.Contains(Path.GetFileName(d)))
                .Concat(System.IO.Directory.GetFiles(root, "*.py").Select(f => Path.ChangeExtension(f, null))))
            .Select(Path.GetFileName).OfType<string>().Where(n => n is not ("setup" or "conftest")).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The project's Python files (<c>.py</c>, <c>.pyi</c>), relative to its folder with forward slashes,
    /// without the folders no Python tool reads and without <paramref name="reportDirectory"/>.</summary>
    public IReadOnlyList<string> SourceFiles(string reportDirectory)
    {
        var reports = reportDirectory.Replace('\\', '/').TrimEnd('/');
        return [.. RepositoryTree.Files(Directory, d => SkippedFolders.Contains(Path.GetFileName(d)) || d.Replace('\\', '/') == reports)
            .Where(f => f.EndsWith(".py", StringComparison.Ordinal) || f.EndsWith(".pyi", StringComparison.Ordinal))
            .Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal)];
    }

    /// <summary>The application's own modules (<c>.py</c>): no tests (folders or <c>test_*.py</c>), migrations or stubs.</summary>
    public IEnumerable<string> ApplicationFiles(string reportDirectory) =>
        SourceFiles(reportDirectory).Where(f => f.EndsWith(".py", StringComparison.Ordinal) && !f.Split('/').Any(NotApplicationFolders.Contains)
            && !Path.GetFileName(f).StartsWith("test_", StringComparison.Ordinal));

    /// <summary>Reads a TOML file; an invalid one is a <see cref="FormatException"/> naming file, line and column.</summary>
    public static TomlTable? ReadToml(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(path));
        }
        catch (TomlException exception)
        {
            throw new FormatException($"{Path.GetFileName(path)}{exception.Message.Split(" : ")[0]}: not valid TOML: {exception.Message.Split(" : error : ").Last()}", exception);
        }
    }
}
