using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Tests.FanOut;

/// <summary>The fan-in's verification of the jobs' evidence, on files in a temporary folder: a whole, unaltered set
/// for this commit and configuration hands over every outcome as it was written; anything missing, doubled, foreign,
/// altered, re-digested, stale or from another configuration is refused with the job named.</summary>
public sealed class ReceivedEvidenceTests : IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Version = "sha256:checklist";
    private const string Configuration = "sha256:configuration";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-received-").FullName;

    private static readonly EvidencePart Lint = new("Lint", [Items.PreLaunch.Lint]);
    private static readonly EvidencePart Secrets = new("CheckSecrets", [Items.Security.NoSecretsInCode, Items.Security.NoEnvFile]);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Received => Path.Combine(_root, "received");

    private static CheckOutcome Outcome(string name, CheckResult result) =>
        new(name, result, Now.AddMinutes(-3), TimeSpan.FromMilliseconds(1234.5)) { Processes = [new ProcessRecord("/usr/bin/git", "git ls-files", 0)], Stack = ".NET" };

    private static PartEvidence Evidence(EvidencePart part, string commit = Commit, string configuration = Configuration) => new(
        part.Name, commit, true, [], Version, configuration,
        part.Items.ToDictionary(i => i.Id, i => (IReadOnlyList<CheckOutcome>)[Outcome("scan", CheckResult.Failed(7, "1 secret in 7 files",
            Finding.Create("aws-access-key", FindingSeverity.Error, "src/a.cs", 3, "an AWS access key", "fingerprint-content")) with
        {
            Figures = new Dictionary<string, double> { ["files"] = 7, ["ratio"] = 0.25 },
            Inputs = new Dictionary<string, string> { ["paths"] = "src/**" },
            Tool = "pipeline secret scan 1.0",
        })]));

    /// <summary>Writes a part's file as its job would, in the artifact folder the download makes; returns its digest.</summary>
    private string Write(PartEvidence evidence, string artifact)
    {
        var (text, digest) = PartEvidenceJson.Render(evidence);
        var folder = Directory.CreateDirectory(Path.Combine(Received, artifact)).FullName;
        File.WriteAllText(Path.Combine(folder, PartEvidenceJson.FileName), text);
        return digest;
    }

    private ReceivedEvidence.Collected Collect(IReadOnlyDictionary<string, string> digests) =>
        new ReceivedEvidence(Received, digests, [Lint, Secrets], Configuration).Collect(_root, Commit, Version, Now);

    private static string Reason(ReceivedEvidence.Collected collected, ChecklistItem item)
    {
        var outcome = Assert.Single(collected.Outcomes[item.Id]);
        Assert.Equal(ReceivedEvidence.CheckName, outcome.CheckName);
        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        return outcome.Result.Summary;
    }

    [Fact]
    public void A_whole_unaltered_set_hands_over_every_outcome_as_written()
    {
        var digests = new Dictionary<string, string> { ["Lint"] = Write(Evidence(Lint), "evidence-Lint"), ["CheckSecrets"] = Write(Evidence(Secrets), "evidence-CheckSecrets") };

        var collected = Collect(digests);

        Assert.Empty(collected.Problems);
        Assert.True(collected.TreeClean);
        Assert.Equal(2, collected.Sources.Count);
        var expected = Assert.Single(Evidence(Secrets).Outcomes[Items.Security.NoEnvFile.Id]);
        var actual = Assert.Single(collected.Outcomes[Items.Security.NoEnvFile.Id]);
        Assert.Equal(OutcomeJson.Write(expected).ToJsonString(), OutcomeJson.Write(actual).ToJsonString());
        Assert.Equal((expected.CheckName, expected.StartedAt, expected.Duration, expected.Stack, expected.Result.Status, expected.Result.Summary, expected.Result.Examined, expected.Result.Tool),
            (actual.CheckName, actual.StartedAt, actual.Duration, actual.Stack, actual.Result.Status, actual.Result.Summary, actual.Result.Examined, actual.Result.Tool));
        Assert.Equal(expected.Processes, actual.Processes);
        Assert.Equal(expected.Result.Findings, actual.Result.Findings);
        Assert.Equal(expected.Result.Figures, actual.Result.Figures);
        Assert.Equal(expected.Result.Inputs, actual.Result.Inputs);
    }

    [Fact]
    public void A_missing_part_is_an_error_on_each_of_its_items_naming_the_job()
    {
        var digests = new Dictionary<string, string> { ["Lint"] = Write(Evidence(Lint), "evidence-Lint") };

        var collected = Collect(digests);

        Assert.StartsWith("no evidence from job evidence_checksecrets (part CheckSecrets)", Reason(collected, Items.Security.NoSecretsInCode), StringComparison.Ordinal);
        Assert.StartsWith("no evidence from job evidence_checksecrets", Reason(collected, Items.Security.NoEnvFile), StringComparison.Ordinal);
        Assert.Equal("scan", Assert.Single(collected.Outcomes[Items.PreLaunch.Lint.Id]).CheckName);
    }

    [Fact]
    public void An_edited_file_is_refused_as_altered_and_one_re_digested_as_not_what_the_job_recorded()
    {
        var digests = new Dictionary<string, string> { ["Lint"] = Write(Evidence(Lint), "evidence-Lint"), ["CheckSecrets"] = Write(Evidence(Secrets), "evidence-CheckSecrets") };
        var lint = Path.Combine(Received, "evidence-Lint", PartEvidenceJson.FileName);
        File.WriteAllText(lint, File.ReadAllText(lint).Replace("\"failed\"", "\"passed\"", StringComparison.Ordinal));
        var secrets = Path.Combine(Received, "evidence-CheckSecrets", PartEvidenceJson.FileName);
        var forged = JsonNode.Parse(File.ReadAllText(secrets))!.AsObject();
        forged["items"]![Items.Security.NoEnvFile.Id]![0]!["status"] = "passed";
        forged[ReportDigest.Field] = ReportDigest.Of(forged);
        File.WriteAllText(secrets, forged.ToJsonString());

        var collected = Collect(digests);

        Assert.StartsWith("evidence of job evidence_lint was altered after it was written: received/evidence-Lint/evidence-part.json records digest", Reason(collected, Items.PreLaunch.Lint), StringComparison.Ordinal);
        Assert.StartsWith($"evidence of job evidence_checksecrets is not what the job recorded: it recorded {digests["CheckSecrets"]}", Reason(collected, Items.Security.NoEnvFile), StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_without_a_recorded_digest_for_another_commit_or_configuration_or_twice_is_refused()
    {
        Write(Evidence(Lint, commit: "fedcba9876543210fedcba9876543210fedcba98"), "evidence-Lint");
        var secrets = Write(Evidence(Secrets, configuration: "sha256:other"), "evidence-CheckSecrets");

        var stale = Collect(new Dictionary<string, string> { ["Lint"] = PartEvidenceJson.Render(Evidence(Lint, commit: "fedcba9876543210fedcba9876543210fedcba98")).Digest, ["CheckSecrets"] = secrets });
        var undigested = Collect(new Dictionary<string, string> { ["Lint"] = string.Empty, ["CheckSecrets"] = secrets });
        Write(Evidence(Lint), "evidence-Lint-again");
        var twice = Collect(new Dictionary<string, string> { ["Lint"] = PartEvidenceJson.Render(Evidence(Lint)).Digest, ["CheckSecrets"] = secrets });

        Assert.Equal($"evidence of job evidence_lint is for commit fedcba9876543210fedcba9876543210fedcba98, but this is {Commit}", Reason(stale, Items.PreLaunch.Lint));
        Assert.Equal("evidence of job evidence_checksecrets was made by another configuration of the build (other parts or checks)", Reason(stale, Items.Security.NoSecretsInCode));
        Assert.StartsWith("job evidence_lint recorded no digest for part Lint", Reason(undigested, Items.PreLaunch.Lint), StringComparison.Ordinal);
        Assert.StartsWith("evidence of part Lint came 2 times (received/evidence-Lint-again/evidence-part.json, received/evidence-Lint/evidence-part.json)", Reason(twice, Items.PreLaunch.Lint), StringComparison.Ordinal);
    }

    [Fact]
    public void Foreign_and_unreadable_evidence_are_blocking_problems_naming_the_file()
    {
        var digests = new Dictionary<string, string> { ["Lint"] = Write(Evidence(Lint), "evidence-Lint"), ["CheckSecrets"] = Write(Evidence(Secrets), "evidence-CheckSecrets") };
        Write(Evidence(new EvidencePart("Deploy", [Items.PreLaunch.Lint])), "evidence-Deploy");
        Directory.CreateDirectory(Path.Combine(Received, "evidence-Broken"));
        File.WriteAllText(Path.Combine(Received, "evidence-Broken", PartEvidenceJson.FileName), "{\"schemaVersion\": 1, \"part\": 3}");

        var collected = Collect(digests);

        Assert.Collection(collected.Problems.OrderBy(p => p.File, StringComparer.Ordinal),
            broken => Assert.Equal("received/evidence-Broken/evidence-part.json(0): received evidence is not readable: items must be an object", broken.ToString()),
            foreign => Assert.StartsWith("received/evidence-Deploy/evidence-part.json(0): field 'part': received evidence for part 'Deploy', which this build does not have", foreign.ToString(), StringComparison.Ordinal));
        Assert.Equal("scan", Assert.Single(collected.Outcomes[Items.PreLaunch.Lint.Id]).CheckName);
    }

    [Fact]
    public void Digests_read_as_part_equals_digest_and_a_malformed_entry_is_refused()
    {
        var digests = ReceivedEvidence.ParseDigests("Lint=sha256:aa;CheckSecrets=sha256:bb; Test=");

        Assert.Equal("sha256:aa", digests["lint"]);
        Assert.Equal("sha256:bb", digests["CheckSecrets"]);
        Assert.Equal(string.Empty, digests["Test"]);
        Assert.Contains("'Lint' is not part=digest", Assert.Throws<InvalidOperationException>(() => ReceivedEvidence.ParseDigests("Lint")).Message, StringComparison.Ordinal);
    }
}
