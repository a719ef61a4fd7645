using System.Xml.Linq;

namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>The run settings a long filter is written to: the projects' own settings kept, their filter and this one
/// both required, and what one <c>--settings</c> cannot keep refused with the projects named. (The real
/// <c>dotnet test</c> reading it: <see cref="DotNetLongFilterTests"/>.)</summary>
public sealed class DotNetFilterSettingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-runsettings-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Own(string name, string content)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string Written => Path.Combine(_root, "work", "all.runsettings");

    [Fact]
    public void Without_declared_settings_the_file_holds_only_the_filter()
    {
        DotNetFilterSettings.Write(Written, "FullyQualifiedName!~A.", [new DotNetTestProject("tests/A.Tests.csproj", null)]);

        Assert.Equal("FullyQualifiedName!~A.", XDocument.Load(Written).Root!.Element("RunConfiguration")!.Element("TestCaseFilter")!.Value);
    }

    [Fact]
    public void The_projects_settings_are_kept_and_their_filter_joined_with_this_one()
    {
        var own = Own("own.runsettings", "<RunSettings><RunConfiguration><MaxCpuCount>1</MaxCpuCount><TestCaseFilter>Category!=Slow</TestCaseFilter></RunConfiguration><DataCollectionRunSettings /></RunSettings>");

        DotNetFilterSettings.Write(Written, "FullyQualifiedName!~A.", [new DotNetTestProject("a/A.Tests.csproj", own), new DotNetTestProject("b/B.Tests.csproj", own)]);

        var root = XDocument.Load(Written).Root!;
        Assert.Equal(("1", "(Category!=Slow)&(FullyQualifiedName!~A.)"), (root.Element("RunConfiguration")!.Element("MaxCpuCount")!.Value, root.Element("RunConfiguration")!.Element("TestCaseFilter")!.Value));
        Assert.NotNull(root.Element("DataCollectionRunSettings"));
    }

    [Fact]
    public void Projects_with_different_settings_are_refused_by_name()
    {
        var own = Own("own.runsettings", "<RunSettings />");

        var refused = Assert.Throws<InvalidOperationException>(() => DotNetFilterSettings.Write(Written, "F", [new DotNetTestProject("a/A.Tests.csproj", own), new DotNetTestProject("b/B.Tests.csproj", null)]));

        Assert.Contains($"a/A.Tests.csproj: {own}; b/B.Tests.csproj: none", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Written));
    }

    [Fact]
    public void Declared_settings_that_are_not_run_settings_xml_are_an_error_naming_the_file()
    {
        var broken = Own("broken.runsettings", "<RunSettings><RunConfiguration>");

        var refused = Assert.Throws<InvalidOperationException>(() => DotNetFilterSettings.Write(Written, "F", [new DotNetTestProject("a/A.Tests.csproj", broken)]));

        Assert.StartsWith($"{broken}: the run settings the test projects declare cannot be read:", refused.Message, StringComparison.Ordinal);
    }
}
