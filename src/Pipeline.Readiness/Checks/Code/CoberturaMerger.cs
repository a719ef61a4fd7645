using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>Merges Cobertura reports from several test projects: a line is covered when any report hit it, a
/// branch line keeps the best condition coverage seen. Assemblies and files are filtered before counting; sources under
/// an <c>obj/</c> folder (what source generators emit) are left out unless <see cref="CodeOptions.CountGeneratedCode"/>.</summary>
internal static partial class CoberturaMerger
{
    private static readonly string[] GeneratedLanguages = [".cs", ".vb", ".fs"];

    public static MergedCoverage Merge(IEnumerable<string> files, CodeOptions options, string root)
    {
        var lines = new Dictionary<(string Assembly, string File, int Line), (bool Hit, int Covered, int Total)>();
        var generated = new HashSet<(string Assembly, string File, int Line)>();
        var excludedFiles = new Matcher();
        excludedFiles.AddIncludePatterns(options.CoverageExcludeFiles);
        foreach (var file in files)
        {
            var document = XDocument.Load(file);
            var sources = document.Descendants("source").Select(s => s.Value).ToList();
            foreach (var package in document.Descendants("package"))
            {
                var assembly = package.Attribute("name")?.Value ?? "(unknown)";
                if (!Included(assembly, options))
                {
                    continue;
                }

                foreach (var @class in package.Descendants("class"))
                {
                    var path = SourcePath(@class.Attribute("filename")?.Value ?? string.Empty, sources, root);
                    if (options.CoverageExcludeFiles.Count > 0 && excludedFiles.Match(path).HasMatches)
                    {
                        continue;
                    }

                    foreach (var line in @class.Element("lines")?.Elements("line") ?? [])
                    {
                        var key = (assembly, path, Number(line, "number"));
                        if (!options.CountGeneratedCode && Generated(path))
                        {
                            generated.Add(key);
                            continue;
                        }

                        var (covered, total) = Conditions(line.Attribute("condition-coverage")?.Value);
                        var seen = lines.GetValueOrDefault(key);
                        lines[key] = (seen.Hit || Number(line, "hits") > 0, Math.Max(seen.Covered, covered), Math.Max(seen.Total, total));
                    }
                }
            }
        }

        return new MergedCoverage(lines.GroupBy(l => l.Key.Assembly).ToDictionary(g => g.Key, g => new CoverageCounts(
            g.Count(l => l.Value.Hit), g.Count(), g.Sum(l => l.Value.Covered), g.Sum(l => l.Value.Total))), generated.Count);
    }

    /// <summary>Whether a source path (relative to the root, or absolute) is a .NET source under a folder named
    /// <c>obj</c>, where MSBuild keeps what source generators emit (their paths in the PDB even when no file is
    /// written); a Python module in a package named <c>obj</c> is not.</summary>
    private static bool Generated(string path) =>
        GeneratedLanguages.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) && path.Split('/').SkipLast(1).Contains("obj", StringComparer.Ordinal);

    private static bool Included(string assembly, CodeOptions options) =>
        (options.CoverageInclude.Count == 0 || options.CoverageInclude.Any(p => Wildcard(p, assembly)))
        && !options.CoverageExclude.Any(p => Wildcard(p, assembly));

    private static bool Wildcard(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase);

    private static string SourcePath(string filename, List<string> sources, string root)
    {
        var full = Path.IsPathRooted(filename) ? filename : Path.Combine(sources.FirstOrDefault() ?? root, filename);
        return Path.GetRelativePath(root, full).Replace('\\', '/');
    }

    private static int Number(XElement line, string attribute) =>
        int.Parse(line.Attribute(attribute)?.Value ?? "0", CultureInfo.InvariantCulture);

    private static (int Covered, int Total) Conditions(string? text) =>
        text is not null && ConditionCoverage().Match(text) is { Success: true } match
            ? (int.Parse(match.Groups["covered"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture))
            : (0, 0);

    [GeneratedRegex(@"\((?<covered>\d+)/(?<total>\d+)\)")]
    private static partial Regex ConditionCoverage();
}
