using System.Text;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>A suite of 3,000 test classes with long names split in two partitions: each partition's VSTest filter names
/// 1,500 classes (over 150,000 characters), more than one command-line argument may hold on Linux (128 KiB; Windows
/// allows 32,767 characters for the whole line), so it goes to VSTest in a run settings file — merged with the one the
/// test project declares (<c>RunSettingsFilePath</c>), whose own filter leaves out a class whose test fails.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class DotNetLongFilterTests : IDisposable
{
    private const int Classes = 3000;
    private const string Namespace = "Calc.Tests.Generated.In.A.Namespace.Long.Enough.To.Matter";
    private readonly DotNetSampleRepository _repository = new();

    public DotNetLongFilterTests()
    {
        var source = new StringBuilder($"using Xunit;\n\nnamespace {Namespace};\n");
        for (var i = 0; i < Classes; i++)
        {
            source.Append(System.Globalization.CultureInfo.InvariantCulture, $"\npublic class A_generated_test_class_with_a_long_name_{i:D4}\n{{\n    [Fact]\n    public void Passes() => Assert.True(true);\n}}\n");
        }

        _repository.Write("tests/Calc.Tests/Generated.cs", source.ToString());
        _repository.Write("tests/Calc.Tests/LeftOutTests.cs", "using Xunit;\n\nnamespace Calc.Tests;\n\npublic class LeftOutTests\n{\n    [Fact]\n    public void Fails() => Assert.Fail(\"the project's run settings leave this class out\");\n}\n");
        _repository.Write("tests/Calc.Tests/own.runsettings", "<RunSettings>\n  <RunConfiguration>\n    <TestCaseFilter>FullyQualifiedName!~Calc.Tests.LeftOutTests.</TestCaseFilter>\n  </RunConfiguration>\n</RunSettings>\n");
        var project = Path.Combine(_repository.Root, "tests/Calc.Tests/Calc.Tests.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<IsTestProject>true</IsTestProject>",
            "<IsTestProject>true</IsTestProject><RunSettingsFilePath>$(MSBuildThisFileDirectory)own.runsettings</RunSettingsFilePath>", StringComparison.Ordinal));
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task A_filter_too_long_for_a_command_line_reaches_VSTest_in_run_settings_merged_with_the_projects_own()
    {
        var options = new DotNetCodeOptions { SecuritySuites = new Dictionary<string, int>() };
        var passed = 0;
        foreach (var partition in new[] { new TestPartition(1, 2), new TestPartition(2, 2) })
        {
            var filter = DotNetClassFilter.For(partition, DotNetTestInventory.Classes(_repository.Root, ["tests/Calc.Tests"])).ToVsTest()!;
            Assert.True(filter.Length > 150_000, $"the filter of partition {partition} is only {filter.Length} characters");
            var context = _repository.Context(Items.Testing.AllTestsPassing);

            var run = await new DotNetTestRun(options).RunPartitionAsync(context, partition, Path.Combine(_repository.Root, "artifacts", "partition-" + partition.Label));

            Assert.False(run.Blocks, $"{run.Summary} {string.Join("; ", run.NotRun.Values)}");
            var result = TrxReader.Read([.. run.Files.Where(f => f.Run == PartitionRun.All && f.Kind == PartitionRun.Results).Select(f => Path.Combine(_repository.Root, "artifacts", "partition-" + partition.Label, f.Path))], _repository.Root);
            Assert.Equal((0, 0), (result.Failed, result.Skipped));
            passed += result.Passed;
        }

        Assert.Equal(Classes + 3, passed); // every generated class's test and CalculatorTests' three, each once; LeftOutTests never
    }
}
