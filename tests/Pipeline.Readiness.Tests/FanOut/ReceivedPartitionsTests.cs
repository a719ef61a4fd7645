namespace Pipeline.Readiness.Tests.FanOut;

/// <summary>The fan-in's verification of a partitioned test suite, on files in a temporary folder as the partition
/// jobs write them: a complete, unaltered set hands the part's items to the fan-in's own checks with every
/// partition's result files; a missing partition, an altered result file, a slice that is not the partition's own,
/// or whole evidence where the build partitions the part is refused with the job named.</summary>
public sealed class ReceivedPartitionsTests : IDisposable
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Version = "sha256:checklist";
    private const string Configuration = "sha256:configuration";
    private const string Key = "pytest|.";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly string[] Units = ["tests/test_a.py", "tests/test_b.py", "tests/test_c.py"];
    private static readonly EvidencePart Tests = new("Coverage-Test", [Items.Testing.AllTestsPassing, Items.Testing.CoverageAcceptable]);
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-partitions-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Received => Path.Combine(_root, "received");

    /// <summary>Writes partition <paramref name="partition"/>'s evidence and one JUnit file as its job would; returns
    /// the digest the job records.</summary>
    private string Write(TestPartition partition, IReadOnlyList<string>? ran = null, string? partName = null, bool? rest = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Received, "evidence-" + partition.JobPart(Tests.Name))).FullName;
        var junit = Path.Combine(_root, $"junit-{partition.Label}.xml");
        File.WriteAllText(junit, $"<testsuite tests=\"1\"><testcase classname=\"tests.test_a\" name=\"test_{partition.Index}\" file=\"/runner/{partition.Index}/repo/tests/test_a.py\"/></testsuite>");
        var files = PartitionFiles.Keep(folder, Key, PartitionRun.All, PartitionRun.Results, [junit]).ToList();
        var run = new PartitionRun(Key, $"/runner/{partition.Index}/repo", Units, ran ?? partition.Slice(Units), files, new Dictionary<string, string>()) { Summary = "1 of 1 tests passed", Rest = rest ?? false };
        var (text, digest) = PartEvidenceJson.Render(new PartEvidence(partName ?? Tests.Name, Commit, true, [], Version, Configuration, new Dictionary<string, IReadOnlyList<CheckOutcome>>())
        {
            Partition = partition,
            TestRuns = [run],
        });
        File.WriteAllText(Path.Combine(folder, PartEvidenceJson.FileName), text);
        return digest;
    }

    private ReceivedEvidence.Collected Collect(IReadOnlyDictionary<string, string> digests, int partitions = 2) =>
        new ReceivedEvidence(Received, digests, [Tests], Configuration) { Partitions = new Dictionary<string, int> { [Tests.Name] = partitions } }
            .Collect(_root, Commit, Version, Now);

    private static string Reason(ReceivedEvidence.Collected collected)
    {
        Assert.Empty(collected.JudgedHere);
        var outcome = Assert.Single(collected.Outcomes[Items.Testing.AllTestsPassing.Id]);
        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Equal(outcome.Result.Summary, Assert.Single(collected.Outcomes[Items.Testing.CoverageAcceptable.Id]).Result.Summary);
        return outcome.Result.Summary;
    }

    private Dictionary<string, string> WriteBoth() => new()
    {
        ["Coverage-Test-1of2"] = Write(new TestPartition(1, 2)),
        ["Coverage-Test-2of2"] = Write(new TestPartition(2, 2)),
    };

    [Fact]
    public void A_complete_set_of_partitions_is_judged_here_from_every_partitions_files_rebased_onto_this_tree()
    {
        var collected = Collect(WriteBoth());

        Assert.Empty(collected.Problems);
        Assert.Empty(collected.Outcomes);
        Assert.Equal(Tests.Items, collected.JudgedHere);
        Assert.Equal(2, collected.Sources.Count);
        var partitions = Assert.IsType<ReceivedTestPartitions>(collected.TestPartitions);
        Assert.Equal(["1/2", "2/2"], partitions.Partitions.Select(p => p.Partition.ToString()));
        var context = new CheckContext(Items.Testing.AllTestsPassing, _root, Commit, new ProcessRunner(), TimeProvider.System, CancellationToken.None);
        var files = partitions.Files(context, Key, PartitionRun.All, PartitionRun.Results);
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.Contains($"file=\"{_root}/tests/test_a.py\"", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal("1/2: tests/test_a.py, tests/test_c.py; 2/2: tests/test_b.py", partitions.Describe(Key));
    }

    [Fact]
    public void A_missing_partition_is_an_error_on_every_item_of_the_part_naming_its_job()
    {
        var digests = WriteBoth();
        Directory.Delete(Path.Combine(Received, "evidence-Coverage-Test-2of2"), recursive: true);

        Assert.StartsWith("no evidence from job evidence_coverage_test_2of2 (partition 2/2 of part Coverage-Test)", Reason(Collect(digests)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_or_missing_result_file_is_refused_naming_the_job()
    {
        var digests = WriteBoth();
        var junit = Directory.GetFiles(Path.Combine(Received, "evidence-Coverage-Test-1of2"), "*.xml", SearchOption.AllDirectories).Single();
        File.WriteAllText(junit, File.ReadAllText(junit).Replace("<testcase ", "<testcase time=\"0\" ", StringComparison.Ordinal));

        Assert.Matches(@"^the result file .*results-1-junit-1of2\.xml of job evidence_coverage_test_1of2 was altered after it was written", Reason(Collect(digests)));

        File.Delete(junit);
        Assert.Matches(@"^the result file .* of job evidence_coverage_test_1of2 is missing from its artifact", Reason(Collect(digests)));
    }

    [Fact]
    public void A_partition_that_ran_another_slice_or_a_whole_part_where_partitions_are_expected_is_refused()
    {
        var digests = new Dictionary<string, string>
        {
            ["Coverage-Test-1of2"] = Write(new TestPartition(1, 2), ran: ["tests/test_a.py"]),
            ["Coverage-Test-2of2"] = Write(new TestPartition(2, 2)),
        };
        Assert.Equal("partition 1/2 of part Coverage-Test ran tests/test_a.py of pytest|. instead of its slice tests/test_a.py, tests/test_c.py", Reason(Collect(digests)));

        Assert.StartsWith("evidence of part Coverage-Test in received/evidence-Coverage-Test-1of2/evidence-part.json is partition 1/2, but this build runs the part in 3 partitions", Reason(Collect(digests, partitions: 3)), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_last_partition_may_run_the_rest_of_a_suite()
    {
        var last = new Dictionary<string, string>
        {
            ["Coverage-Test-1of2"] = Write(new TestPartition(1, 2)),
            ["Coverage-Test-2of2"] = Write(new TestPartition(2, 2), rest: true),
        };
        Assert.Empty(Collect(last).Problems);
        Assert.Equal("1/2: tests/test_a.py, tests/test_c.py; 2/2: tests/test_b.py and the rest", Assert.IsType<ReceivedTestPartitions>(Collect(last).TestPartitions).Describe(Key));

        var first = new Dictionary<string, string>
        {
            ["Coverage-Test-1of2"] = Write(new TestPartition(1, 2), rest: true),
            ["Coverage-Test-2of2"] = Write(new TestPartition(2, 2), rest: true),
        };
        Assert.Equal("partition 1/2 of part Coverage-Test ran the rest of pytest|. (every test outside the other partitions' units), which only the last partition does", Reason(Collect(first)));
    }

    [Fact]
    public void A_partitions_digest_must_be_the_one_its_job_recorded()
    {
        var digests = WriteBoth();
        digests["Coverage-Test-2of2"] = digests["Coverage-Test-1of2"];

        Assert.StartsWith("evidence of job evidence_coverage_test_2of2 is not what the job recorded", Reason(Collect(digests)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_files_paths_are_rebased_also_where_they_lack_the_leading_separator() =>
        Assert.Equal(
            "<source>/</source><class filename=\"home/ci/repo/src/Calc.cs\"/><source>/home/ci/repo/app</source>",
            ReceivedTestPartitions.Rebase("<source>/</source><class filename=\"runner/repo/src/Calc.cs\"/><source>/runner/repo/app</source>", "/runner/repo", "/home/ci/repo"));

    [Theory]
    [InlineData(1, 1, new[] { "a", "b", "c" })]
    [InlineData(1, 2, new[] { "a", "c" })]
    [InlineData(2, 2, new[] { "b" })]
    [InlineData(3, 4, new[] { "c" })]
    [InlineData(4, 4, new string[0])]
    public void A_slice_deals_the_sorted_units_round_robin_whatever_their_order(int index, int count, string[] expected) =>
        Assert.Equal(expected, new TestPartition(index, count).Slice(["c", "a", "b", "a"]));

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData(" 1/1 ", 1, 1)]
    public void A_partition_reads_k_of_n(string text, int index, int count) =>
        Assert.Equal(new TestPartition(index, count), TestPartition.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("2/4/8")]
    [InlineData("-1/4")]
    [InlineData("a/b")]
    public void A_partition_that_is_not_k_of_n_is_a_usage_error_saying_what_is_expected(string text) =>
        Assert.Contains("expected k/n with 1 <= k <= n", Assert.Throws<InvalidUsageException>(() => TestPartition.Parse(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(2, false, "C0, C1")]
    [InlineData(5, true, "C0, C1, C2, C3, C4 and the rest")]
    [InlineData(1500, false, "C0, C1, C2, C3, C4 and 1495 more")]
    [InlineData(7, true, "C0, C1, C2, C3, C4 and 2 more and the rest")]
    public void What_a_partition_ran_names_its_first_units_and_counts_the_others(int count, bool rest, string text)
    {
        var units = Enumerable.Range(0, count).Select(i => $"C{i}").ToList();

        Assert.Equal(text, new PartitionRun(Key, "/runner", units, units, [], new Dictionary<string, string>()) { Rest = rest }.RanText);
    }
}
