using Pipeline.Readiness.Tests.Support;
using Pipeline.Readiness.Tests.Support.Corpus;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Corpus;

/// <summary>The whole gate (<c>Readiness</c> with every default component, as <c>./build.sh Readiness --root</c> runs it
/// on a repository nobody here wrote) on each corpus repository this machine has, scored against its labelled
/// expectation file: no false pass, at least 90 % of the items its files settle decided right, and secret precision of
/// at least 95 %. CI has the fastapi-template snapshot; the other repositories are measured by <c>bench/corpus/measure.sh</c>.</summary>
[Trait("Category", "Slow")]
public sealed class CorpusMeasurementTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Sources => [.. CorpusCheckout.ExpectationFiles(RepositoryRoot.Path).Select(f => Path.GetFileNameWithoutExtension(f))];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task The_gate_decides_what_the_files_settle(string source)
    {
        var expectations = CorpusExpectations.Read(Path.Combine(RepositoryRoot.Path, "bench", "corpus", source + ".tsv"));
        if (CorpusCheckout.Find(RepositoryRoot.Path, expectations.Source) is not { } checkout)
        {
            output.WriteLine($"no checkout of {expectations.Source} on this machine: nothing to measure");
            return;
        }

        using var run = new BuildRun();
        CorpusCheckout.CopyTo(checkout, run.Root);
        GitRepository.Init(run.Root);

        var (_, console) = await run.Run<CorpusGate>(["Readiness"]);
        var report = Path.Combine(run.Root, "artifacts", "readiness", "report.json");
        Assert.True(File.Exists(report), console);
        var score = CorpusScore.Of(expectations, File.ReadAllText(report));
        output.WriteLine(score.ToString());

        Assert.True(score.FalsePasses.Count == 0, score.ToString());
        Assert.True(score.Accuracy >= 0.9, score.ToString());
        Assert.True(score.SecretPrecision >= 0.95, score.ToString());
    }

    /// <summary>What <c>./build.sh Readiness --root</c> runs on another repository: the gate with its defaults.</summary>
    private sealed class CorpusGate : ReadinessBuild;
}
