namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>Stands in for <c>dotnet test</c> where the rules over its results are what is tested (<see cref="DotNetTestRun"/>
/// itself runs real projects in <see cref="TestCheckTests"/>).</summary>
internal sealed class GivenTestResults(TestRunResult all, IReadOnlyDictionary<string, TestRunResult>? categories = null, CodeOptions? options = null) : ITestRun
{
    public CodeOptions Options { get; } = options ?? new DotNetCodeOptions { Target = "App.sln" };

    public EvidenceReuse? Reuse => null;

    public string Stack => Stacks.DotNet;

    public string CoverageTool => "coverlet";

    public IReadOnlyDictionary<string, string> Inputs(CheckContext context) => new Dictionary<string, string> { ["target"] = "App.sln" };

    public Task<TestRunResult> AllAsync(CheckContext context) => Task.FromResult(all);

    public Task<TestRunResult> CategoryAsync(CheckContext context, string category) =>
        Task.FromResult(categories?.GetValueOrDefault(category) ?? throw new InvalidOperationException($"no results given for category {category}"));

    public Task<PartitionRun> RunPartitionAsync(CheckContext context, TestPartition partition, string folder) =>
        throw new NotSupportedException("given results are not partitioned (DotNetTestRun and PytestRun partition real suites in TestPartitionTests)");
}
