using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Operations;

/// <summary>"CI/CD pipeline: Automated build and deploy configured" follows the seed's words (issue 17): a workflow
/// deploying on push passes (with a warning when it does not run the gate), deploying only by hand fails, and
/// building and testing alone fails.</summary>
public sealed class CiPipelineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-ci-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<CheckResult> Decide(string workflow)
    {
        Directory.CreateDirectory(Path.Combine(_root, ".github", "workflows"));
        File.WriteAllText(Path.Combine(_root, ".github", "workflows", "deploy.yml"), workflow);
        return CheckRuns.RunAsync(new CiPipelineCheck(new OperationsOptions()), Items.Operations.CiCdPipeline, _root);
    }

    [Fact]
    public async Task Deploying_on_push_passes_and_deploying_by_hand_or_not_at_all_fails()
    {
        const string Steps = "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker build -t api .\n      - run: kubectl apply -f k8s/\n";

        var onPush = await Decide("on:\n  push:\n    branches: [main]\n" + Steps);
        var byHand = await Decide("on:\n  workflow_dispatch:\n" + Steps);
        var testsOnly = await Decide("on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet test\n");

        Assert.Equal((CheckStatus.Passed, "deploy.yml(9) deploys automatically: - run: kubectl apply -f k8s/"), (onPush.Status, onPush.Summary.Replace(".github/workflows/", "", StringComparison.Ordinal)));
        Assert.Contains(onPush.Findings, f => f.Severity == FindingSeverity.Warning && f.Message.Contains("without running the gate", StringComparison.Ordinal));
        Assert.Equal(CheckStatus.Failed, byHand.Status);
        Assert.Contains("deploys only when started by hand (workflow_dispatch)", byHand.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, testsOnly.Status);
        Assert.Contains("build and test only", testsOnly.Summary, StringComparison.Ordinal);
    }
}
