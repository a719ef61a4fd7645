using Pipeline.Hosts;
using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>Prints the end of a run: the errors and warnings recap, then <c>Target | Status | Duration</c>
/// with a total line, and the same table to the CI host's job summary.</summary>
internal sealed class SummaryWriter(BuildConsole console, ICiHost host)
{
    private static readonly string[] Header = ["Target", "Status", "Duration"];

    public void Write(RunResult result)
    {
        new RecapWriter(console, host).Write(result);
        var rule = new string('═', 64);
        console.WriteLine();
        console.WriteLine(rule);
        var lines = TextTable.Plain(Header, Rows(result, withReasons: true).Append(["Total", string.Empty, DurationText.Format(result.Duration)])).ToList();
        console.WriteLine(lines[0]);
        console.WriteLine(new string('─', 64));
        foreach (var (line, outcome) in lines.Skip(1).SkipLast(1).Zip(result.Outcomes))
        {
            console.WriteLine(line, ColorOf(outcome.Status));
        }

        console.WriteLine(new string('─', 64));
        console.WriteLine(lines[^1]);
        console.WriteLine(rule);
        console.WriteLine();
        console.WriteLine(result.Succeeded ? "Build succeeded." : "Build failed.", result.Succeeded ? AnsiColor.Green : AnsiColor.Red);
        host.WriteSummary(string.Join('\n', TextTable.Markdown(Header, Rows(result, withReasons: false))) + "\n");
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(RunResult result, bool withReasons) =>
        result.Outcomes.Select(o => (IReadOnlyList<string>)
        [
            o.Name,
            o.Status.ToString(),
            (o.Status is TargetStatus.Succeeded or TargetStatus.Failed or TargetStatus.Aborted ? DurationText.Format(o.Duration) : string.Empty)
                + (withReasons && o.Reason is not null ? $"   // {o.Reason}" : string.Empty),
        ]);

    private static string? ColorOf(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded => AnsiColor.Green,
        TargetStatus.Failed or TargetStatus.Aborted => AnsiColor.Red,
        TargetStatus.NotRun => AnsiColor.Yellow,
        _ => AnsiColor.Gray,
    };
}
