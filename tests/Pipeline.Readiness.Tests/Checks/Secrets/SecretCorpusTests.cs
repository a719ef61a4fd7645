using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;
using Xunit.Abstractions;

namespace Pipeline.Readiness.Tests.Checks.Secrets;

/// <summary>Recall and precision of the scanner on the labelled corpus (tests/…/SecretCorpus, expected.txt lists
/// every credential; everything else is a look-alike).</summary>
public sealed class SecretCorpusTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "Pipeline.Readiness.Tests", "SecretCorpus");

    private static HashSet<string> Expected() => File.ReadAllLines(Path.Combine(Corpus, "expected.txt"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();

    private static List<SecretMatch> ScanCorpus() => Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "expected.txt")
        .SelectMany(f => new SecretScanner().Scan(File.ReadAllText(f), Path.GetRelativePath(Corpus, f).Replace('\\', '/')))
        .ToList();

    [Fact]
    public void Recall_is_at_least_95_percent_and_precision_at_least_90_percent()
    {
        var expected = Expected();
        var found = ScanCorpus().Select(m => $"{m.File}:{m.Line} {m.Rule.Id}").ToList();
        var truePositives = found.Count(expected.Contains);
        var recall = (double)truePositives / expected.Count;
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;

        output.WriteLine($"recall {recall:P1} ({truePositives}/{expected.Count}), precision {precision:P1} ({truePositives}/{found.Count})");
        foreach (var missed in expected.Except(found))
        {
            output.WriteLine($"missed: {missed}");
        }

        foreach (var extra in found.Except(expected))
        {
            output.WriteLine($"false positive: {extra}");
        }

        Assert.True(recall >= 0.95, $"recall {recall:P1}");
        Assert.True(precision >= 0.90, $"precision {precision:P1}");
    }

    [Fact]
    public void Every_rule_is_exercised_by_the_corpus()
    {
        var rules = Expected().Select(e => e.Split(' ')[1]).ToHashSet();

        Assert.All(SecretRules.All, rule => Assert.Contains(rule.Id, rules));
    }

    [Fact]
    public void No_raw_secret_reaches_a_finding_or_a_report()
    {
        var matches = ScanCorpus();
        var findings = matches.Select(m => m.ToFinding()).ToArray();
        var verdict = Gates.Decide(Items.Security.NoSecretsInCode, [new CheckOutcome("secret-scan", CheckResult.Failed(10, "secrets", findings), DateTimeOffset.UnixEpoch, TimeSpan.Zero)]);
        var reports = new[]
        {
            JsonReport.Render(verdict), MarkdownReport.Render(verdict, "corpus"), JUnitReport.Render(verdict), SarifReport.Render(verdict, "1.0.0"),
            string.Join("\n", matches.Select(m => m.ToString())),
        };

        Assert.NotEmpty(matches);
        foreach (var secret in matches.Select(m => m.Secret).Where(s => s.Length > 8))
        {
            Assert.All(reports, report => Assert.DoesNotContain(secret, report));
        }
    }
}
