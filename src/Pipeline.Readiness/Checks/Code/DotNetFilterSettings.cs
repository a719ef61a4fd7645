using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>A VSTest filter too long for a command line, written as the <c>TestCaseFilter</c> of a run settings file
/// instead: <c>dotnet test</c> passes <c>--filter</c> on to <c>vstest.console</c> as one argument, which Linux limits
/// to 128 KiB and Windows to 32,767 characters for the whole line, and a partition of a large suite names every
/// class of the earlier ones. <c>--settings</c> replaces the run settings a test project declares, so the file
/// written holds those settings too, its own filter joined with this one (both must hold).</summary>
internal static class DotNetFilterSettings
{
    /// <summary>Filters longer than this go in a run settings file (well inside Windows' limit for the whole line).</summary>
    public const int CommandLineLimit = 8_000;

    /// <summary>Writes the run settings for <paramref name="filter"/> to <paramref name="path"/> and returns it.</summary>
    /// <exception cref="InvalidOperationException">The test projects declare different run settings (one
    /// <c>--settings</c> cannot keep them all), or the declared file cannot be read as XML.</exception>
    public static string Write(string path, string filter, IReadOnlyList<DotNetTestProject> projects)
    {
        var declared = projects.Where(p => p.RunSettings is not null).GroupBy(p => p.RunSettings!, StringComparer.Ordinal).ToList();
        if (declared.Count > 1 || (declared.Count == 1 && declared[0].Count() < projects.Count))
        {
            throw new InvalidOperationException($"the filter of this run ({filter.Length} characters) is too long for a command line and must go in one run settings file, "
                + $"but the test projects declare different ones ({string.Join("; ", projects.Select(p => $"{p.Path}: {p.RunSettings ?? "none"}"))}): give them one RunSettingsFilePath, or use fewer partitions");
        }

        var document = declared.Count == 1 ? Load(declared[0].Key) : new XDocument(new XElement("RunSettings"));
        var root = document.Root!;
        var configuration = root.Element("RunConfiguration") ?? Added(root, "RunConfiguration");
        var own = configuration.Element("TestCaseFilter");
        var combined = own is { Value.Length: > 0 } ? $"({own.Value.Trim()})&({filter})" : filter;
        (own ?? Added(configuration, "TestCaseFilter")).Value = combined;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        document.Save(path);
        return path;
    }

    private static XElement Added(XElement parent, string name)
    {
        var element = new XElement(name);
        parent.Add(element);
        return element;
    }

    private static XDocument Load(string file)
    {
        try
        {
            var document = XDocument.Load(file, LoadOptions.SetLineInfo);
            return document.Root?.Name.LocalName == "RunSettings" ? document
                : throw new InvalidOperationException($"{file}: the run settings the test projects declare have <{document.Root?.Name.LocalName}> as their root, expected <RunSettings>");
        }
        catch (Exception exception) when (exception is XmlException or IOException)
        {
            throw new InvalidOperationException($"{file}: the run settings the test projects declare cannot be read: {exception.Message}", exception);
        }
    }
}
