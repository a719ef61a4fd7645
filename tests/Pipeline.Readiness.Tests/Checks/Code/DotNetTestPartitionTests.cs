using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>A real solution with one xunit test project of two test classes (and a nested class the source reading does
/// not deal), split in two partitions by test class, each run by real <c>dotnet test</c> with coverlet in its own copy
/// of the repository: merged, the partitions' TRX and Cobertura files decide the tests, the security suite and coverage
/// exactly as one run of the whole solution does — though neither partition alone covers the library, nor holds the
/// whole suite, and the nested class's test runs once, in the last partition.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class DotNetTestPartitionTests : IDisposable
{
    private static readonly DotNetCodeOptions Options = new() { ExpectedTestTotal = 5, SecuritySuites = new Dictionary<string, int> { ["Auth"] = 2 }, MinimumLineCoverage = 100 };
    private readonly DotNetSampleRepository _repository = new();
    private readonly string _work = Directory.CreateTempSubdirectory("pipeline-partitions-").FullName;

    public DotNetTestPartitionTests()
    {
        _repository.Tests("""
            [Fact]
            public void Adds() => Assert.Equal(3, Calculator.Add(1, 2));

            [Fact, Trait("Category", "Auth")]
            public void Adds_zero() => Assert.Equal(1, Calculator.Add(1, 0));
            """);
        _repository.Write("tests/Calc.Tests/ClampTests.cs", """
            using Calc;
            using Xunit;

            namespace Calc.Tests;

            public class ClampTests
            {
                [Fact, Trait("Category", "Auth")]
                public void Clamps() => Assert.Equal(5, Calculator.Clamp(9, 5));

                public class AtTheLimit
                {
                    [Fact]
                    public void Keeps_the_limit() => Assert.Equal(5, Calculator.Clamp(5, 5));
                }

                [Fact]
                public void Keeps_small_values() => Assert.Equal(2, Calculator.Clamp(2, 5));
            }
            """);
    }

    public void Dispose()
    {
        _repository.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Two_partitions_of_the_test_classes_merged_decide_as_one_run_of_the_whole_solution()
    {
        var partitions = new List<(TestPartition, string, PartitionRun)>();
        foreach (var partition in new[] { new TestPartition(1, 2), new TestPartition(2, 2) })
        {
            var clone = Path.Combine(_work, "runner-" + partition.Label);
            Copy(_repository.Root, clone);
            var folder = Path.Combine(_work, "artifact-" + partition.Label);
            var context = new CheckContext(Items.Testing.AllTestsPassing, clone, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None);
            var run = await new DotNetTestRun(Options).RunPartitionAsync(context, partition, folder);
            Assert.False(run.Blocks, $"{run.Summary} {string.Join("; ", run.NotRun.Values)}");
            Assert.Equal(["Calc.Tests.CalculatorTests", "Calc.Tests.ClampTests"], run.Units);
            Assert.Equal(partition.Slice(run.Units), run.Ran);
            Assert.Equal(partition.Index == 2, run.Rest);
            Assert.Contains(run.Files, f => f.Run == PartitionRun.All && f.Kind == PartitionRun.Coverage);
            Assert.Contains(run.Files, f => f.Run == "category-Auth" && f.Kind == PartitionRun.Results);
            Assert.Equal(partition.Index == 1 ? "2 of 2 tests passed in Calc.Tests.CalculatorTests" : "3 of 3 tests passed in Calc.Tests.ClampTests and the rest", run.Summary);
            partitions.Add((partition, folder, run));
        }

        var whole = await DecideAsync(null);
        var merged = await DecideAsync(new ReceivedTestPartitions(partitions));

        Assert.All(whole, w => Assert.True(w.Result.Status == CheckStatus.Passed, $"{w.Item.Id}: {w.Result.Summary}"));
        Assert.Equal(whole.Select(w => (w.Item.Id, w.Result.Status, w.Result.Summary)), merged.Select(m => (m.Item.Id, m.Result.Status, m.Result.Summary)));
        Assert.Equal(whole.Select(w => w.Result.Figures.OrderBy(f => f.Key).ToList()), merged.Select(m => m.Result.Figures.OrderBy(f => f.Key).ToList()));
        Assert.Contains("dotnet test in 2 partitions (1/2: Calc.Tests.CalculatorTests; 2/2: Calc.Tests.ClampTests and the rest), merged",
            merged.Single(m => m.Item == Items.Testing.AllTestsPassing).Result.Tool, StringComparison.Ordinal);
    }

    /// <summary>The test and coverage items decided on the repository itself, from a run of the whole solution or,
    /// with <paramref name="received"/>, from the partitions' results.</summary>
    private async Task<List<(ChecklistItem Item, CheckResult Result)>> DecideAsync(ReceivedTestPartitions? received)
    {
        var run = new DotNetTestRun(Options);
        var decided = new List<(ChecklistItem, CheckResult)>();
        foreach (var (item, check) in CodeTestChecks.For(run).Append(CodeTestChecks.Coverage(run)))
        {
            var context = _repository.Context(item) with { TestPartitions = received };
            decided.Add((item, (await CheckRunner.RunAsync(check, context, new SecretMasker())).Result));
        }

        return decided;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
