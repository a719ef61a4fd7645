using Pipeline.CiConfiguration;
using Pipeline.Output;

namespace Pipeline.Tests.CiConfiguration;

/// <summary>A fanned-out job's digest goes where the CI running it hands outputs on: GitHub's output file, Azure's
/// output-variable logging command, GitLab's dotenv report; outside a CI nowhere.</summary>
public sealed class JobOutputTests : IDisposable
{
    private const string Digest = "sha256:0123abcd";
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-job-output-").FullName;
    private readonly FanOutJob _job = new("Coverage-Test", "Evidence --evidence-part Coverage-Test", "artifacts/readiness/scoped/Coverage-Test", "artifacts/readiness/digest-Coverage-Test.env");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class Lines : ILogSink
    {
        public List<string> Texts { get; } = [];

        public void Write(LogLevel level, string text) => Texts.Add(text);
    }

    private (string? Where, List<string> Lines) Record(Dictionary<string, string> environment)
    {
        var lines = new Lines();
        using (Log.Use(lines))
        {
            return (JobOutput.RecordDigest(environment, _root, _job, Digest), lines.Texts);
        }
    }

    [Fact]
    public void On_github_the_digest_is_appended_to_the_output_file()
    {
        var output = Path.Combine(_root, "github-output");
        File.WriteAllText(output, "earlier=1\n");

        var (where, lines) = Record(new() { ["GITHUB_OUTPUT"] = output, ["GITHUB_ACTIONS"] = "true" });

        Assert.Equal("GITHUB_OUTPUT", where);
        Assert.Equal("earlier=1\ndigest=sha256:0123abcd\n", File.ReadAllText(output));
        Assert.Empty(lines);
    }

    [Fact]
    public void On_azure_the_digest_is_an_output_variable_set_by_a_logging_command()
    {
        var (where, lines) = Record(new() { ["TF_BUILD"] = "True" });

        Assert.NotNull(where);
        Assert.Equal(["##vso[task.setvariable variable=digest;isOutput=true]sha256:0123abcd"], lines);
    }

    [Fact]
    public void On_gitlab_the_digest_is_a_dotenv_file_named_for_the_job_outside_its_artifact_folder()
    {
        var (where, _) = Record(new() { ["GITLAB_CI"] = "true" });

        Assert.Equal(_job.DigestFile, where);
        Assert.Equal("EVIDENCE_DIGEST_COVERAGE_TEST=sha256:0123abcd\n", File.ReadAllText(Path.Combine(_root, "artifacts", "readiness", "digest-Coverage-Test.env")));
        Assert.False(Directory.Exists(Path.Combine(_root, _job.ArtifactFolder)));
    }

    [Fact]
    public void Outside_a_ci_nothing_is_recorded()
    {
        var (where, lines) = Record([]);

        Assert.Null(where);
        Assert.Empty(lines);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }
}
