using System.Text.Json;
using System.Text.RegularExpressions;
using Tomlyn.Model;

namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>The Python packages a project deploys, read from its lock files — <c>uv.lock</c> and <c>poetry.lock</c>
/// (Tomlyn), <c>Pipfile.lock</c> (JSON) — and its pinned <c>requirements*.txt</c> (following <c>-r</c>), direct and
/// transitive, names normalised as PEP 503 says. The project itself (an editable or virtual source) is left out.
/// A requirement without an exact pin (<c>==</c>) is listed as unpinned: nothing says which version ships.</summary>
internal static partial class PythonPackages
{
    public sealed record Listing(List<ResolvedPackage> Packages, List<Finding> Unpinned, List<string> Sources);

    public static Listing Read(PythonProject project, CheckContext context)
    {
        var (packages, unpinned, sources) = (new List<ResolvedPackage>(), new List<Finding>(), new List<string>());
        foreach (var lockFile in new[] { "uv.lock", "poetry.lock" }.Where(project.Has))
        {
            var path = Path.Combine(project.Directory, lockFile);
            var relative = context.Relative(path);
            sources.Add(relative);
            var table = PythonProject.ReadToml(path)!;
            foreach (var package in (table.TryGetValue("package", out var list) ? list as TomlTableArray : null) ?? [])
            {
                if (package.TryGetValue("source", out var source) && source is TomlTable from && (from.ContainsKey("editable") || from.ContainsKey("virtual")))
                {
                    continue;
                }

                if (package.TryGetValue("name", out var name) && package.TryGetValue("version", out var version))
                {
                    packages.Add(new ResolvedPackage(relative, Normalize((string)name), (string)version));
                }
            }
        }

        if (project.Has("Pipfile.lock"))
        {
            var path = Path.Combine(project.Directory, "Pipfile.lock");
            sources.Add(context.Relative(path));
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var section in new[] { "default", "develop" }.Where(s => document.RootElement.TryGetProperty(s, out _)))
            {
                foreach (var package in document.RootElement.GetProperty(section).EnumerateObject())
                {
                    if (package.Value.TryGetProperty("version", out var version) && version.GetString() is { } pinned && pinned.StartsWith("==", StringComparison.Ordinal))
                    {
                        packages.Add(new ResolvedPackage(context.Relative(path), Normalize(package.Name), pinned[2..]));
                    }
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in PythonProject.RequirementFiles(project.Directory))
        {
            ReadRequirements(file, context, packages, unpinned, sources, seen);
        }

        return new Listing([.. packages.Distinct()], unpinned, sources);
    }

    /// <summary>PEP 503: lower case, runs of <c>-</c>, <c>_</c> and <c>.</c> as one <c>-</c>.</summary>
    public static string Normalize(string name) => Separators().Replace(name.Trim(), "-").ToLowerInvariant();

    private static void ReadRequirements(string file, CheckContext context, List<ResolvedPackage> packages, List<Finding> unpinned, List<string> sources, HashSet<string> seen)
    {
        if (!seen.Add(Path.GetFullPath(file)) || !File.Exists(file))
        {
            return;
        }

        var relative = context.Relative(file);
        sources.Add(relative);
        var lines = File.ReadAllLines(file);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Split(" #")[0].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Include().Match(line) is { Success: true } include)
            {
                ReadRequirements(Path.Combine(Path.GetDirectoryName(file)!, include.Groups["file"].Value), context, packages, unpinned, sources, seen);
                continue;
            }

            if (line.StartsWith('-'))
            {
                continue; // options (--index-url, --hash continuations, -e of the project itself)
            }

            if (Requirement().Match(line.TrimEnd('\\').Trim()) is not { Success: true } requirement)
            {
                unpinned.Add(Finding.Create("dependency.unpinned", FindingSeverity.Error, relative, index + 1,
                    "not a requirement pinned to one version (name==version), so the scan cannot tell what ships", line));
                continue;
            }

            var name = Normalize(requirement.Groups["name"].Value);
            if (requirement.Groups["pin"].Success)
            {
                packages.Add(new ResolvedPackage(relative, name, requirement.Groups["pin"].Value));
            }
            else
            {
                unpinned.Add(Finding.Create("dependency.unpinned", FindingSeverity.Error, relative, index + 1,
                    $"{name} is not pinned to one version (=={"{version}"}), so the scan cannot tell which version ships", name));
            }
        }
    }

    [GeneratedRegex(@"[-_.]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:-r|--requirement|-c|--constraint)\s*=?\s*(?<file>\S+)$")]
    private static partial Regex Include();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:===?\s*(?<pin>[A-Za-z0-9.!+_-]+)(?=\s|;|$).*$|(?!=).*$)")]
    private static partial Regex Requirement();
}
