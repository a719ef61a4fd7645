using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Image;

/// <summary>"Container image scanned" decided statically when the gate has no image component (issue 17): the
/// service's Dockerfiles, wherever they are, fail the item without an engine; clean ones leave it an Error until an
/// image is scanned; none at all is an Error naming what would decide it.</summary>
public sealed class DockerfileRulesCheckTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-dockerfile-rules-");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private Task<CheckResult> Run() => CheckRuns.RunAsync(new DockerfileRulesCheck(), Items.Security.ContainerImageScanned, Root);

    [Fact]
    public async Task A_dockerfile_in_a_service_folder_that_runs_as_root_fails_the_item_at_its_line()
    {
        Write("backend/Dockerfile", "FROM python:3.12\nWORKDIR /app\nHEALTHCHECK CMD curl -f http://localhost:8000/health\nCMD [\"fastapi\", \"run\"]\n");
        Write("tests/Dockerfile", "FROM python\n"); // a test image is not the service's

        var result = await Run();

        Assert.Equal(CheckStatus.Failed, result.Status);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("dockerfile.root-user", "backend/Dockerfile", 1), (finding.Rule, finding.File, finding.Line));
        Assert.Contains("backend/Dockerfile(1): the final USER is root", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dockerfiles_that_pass_the_static_rules_leave_the_item_an_error_until_an_image_is_scanned()
    {
        Write("Dockerfile", "FROM python:3.12-slim\nUSER app\nHEALTHCHECK CMD curl -f http://localhost:8000/health\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.StartsWith("Dockerfile: the static rules pass, but no image was scanned: implement IScanImage", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_dockerfile_is_an_error_that_says_what_would_decide_the_item()
    {
        Write("src/App.cs", "class App {}\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Contains("no Dockerfile in the repository and no image to scan: implement IScanImage", result.Summary, StringComparison.Ordinal);
    }
}
