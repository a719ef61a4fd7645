using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Reports;

/// <summary>Every report says which stack's tools decided an item: report.md after the status, report.json per check.</summary>
public sealed class StackLabelTests
{
    [Fact]
    public void The_markdown_line_and_the_json_check_name_the_stack()
    {
        var outcomes = new[]
        {
            new CheckOutcome("dotnet-format", CheckResult.Passed(3, "0 formatting violations"), DateTimeOffset.UnixEpoch, TimeSpan.Zero) { Stack = Stacks.DotNet },
            new CheckOutcome("ruff", CheckResult.Passed(19, "0 ruff violations"), DateTimeOffset.UnixEpoch, TimeSpan.Zero) { Stack = Stacks.Python },
        };

        var verdict = Gates.Decide(Items.PreLaunch.Lint, outcomes);

        Assert.Contains("Passed (.NET + Python): 0 formatting violations; 0 ruff violations", MarkdownReport.Render(verdict, "svc"), StringComparison.Ordinal);
        Assert.Contains("\"stack\": \"Python\"", JsonReport.Render(verdict), StringComparison.Ordinal);
    }
}
