using System.Text.Json;
using Microsoft.Extensions.FileSystemGlobbing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks;

/// <summary>The files under the root that match globs, in a stable order, and YAML loading and JSON errors that name
/// the file and line (one place for the manifest, rule, workflow, settings and dashboard readers).</summary>
internal static class RepositoryFiles
{
    public static List<string> Matching(string root, IEnumerable<string> globs)
    {
        var matcher = new Matcher();
        matcher.AddIncludePatterns(globs);
        return [.. matcher.Match(root, RepositoryTree.Files(root)).Files.Select(f => Path.GetFullPath(f.Path, root)).Order(StringComparer.Ordinal)];
    }

    /// <summary>A file named relative to <paramref name="folder"/> (relative to the root), as a root-relative path with
    /// <c>/</c>.</summary>
    public static string Resolve(string root, string folder, string name) =>
        Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, folder, name))).Replace('\\', '/');

    public static YamlStream LoadYaml(string file, string relative)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(file));
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            throw new FormatException($"{relative}({exception.Start.Line}): not valid YAML: {exception.InnerException?.Message ?? exception.Message}", exception);
        }

        return stream;
    }

    /// <summary><c>file(line): not valid JSON: why</c> for a JSON reader's error.</summary>
    public static FormatException NotValidJson(string relative, JsonException exception) =>
        new($"{relative}({(exception.LineNumber ?? 0) + 1}): not valid JSON: {exception.Message.Split(" Path:")[0]}", exception);
}
