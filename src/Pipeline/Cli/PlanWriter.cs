using System.Text;
using Pipeline.IO;
using Pipeline.Output;
using Pipeline.Planning;

namespace Pipeline.Cli;

/// <summary>Prints <c>--plan</c>: the order targets would run in (with skip reasons), and writes the same plan as
/// a Mermaid graph to <c>.nuke/temp/plan.md</c>.</summary>
internal static class PlanWriter
{
    public static void Write(BuildConsole console, TargetGraph graph, ExecutionPlan plan, string rootDirectory)
    {
        console.WriteLine("Execution plan:");
        var number = 0;
        foreach (var target in plan.Targets)
        {
            var notes = (target.IsInvoked ? " (invoked)" : string.Empty)
                + (target.SkipReason is { } reason ? $" (skipped: {reason})" : string.Empty);
            console.WriteLine($"  {++number}. {target.Name}{notes}");
        }

        var path = Path.Combine(rootDirectory, ".nuke", "temp", "plan.md");
        AtomicFile.WriteAllText(path, Mermaid(graph, plan));
        console.WriteLine();
        console.WriteLine($"Graph written to {Path.GetRelativePath(rootDirectory, path)}");
    }

    public static string Mermaid(TargetGraph graph, ExecutionPlan plan)
    {
        var names = plan.Names.ToHashSet();
        var text = new StringBuilder("# Execution plan\n\n```mermaid\ngraph TD\n");
        foreach (var planned in plan.Targets)
        {
            var label = planned.SkipReason is null ? planned.Name : $"{planned.Name} (skipped)";
            text.Append(CultureInvariant($"  {planned.Name}[\"{label}\"]\n"));
        }

        foreach (var target in plan.Targets.Select(p => p.Target))
        {
            foreach (var dependency in target.DependsOnNames.Select(graph.Get).Where(t => names.Contains(t.Name)))
            {
                text.Append(CultureInvariant($"  {dependency.Name} --> {target.Name}\n"));
            }

            foreach (var triggered in target.TriggersNames.Select(graph.Get).Where(t => names.Contains(t.Name)))
            {
                text.Append(CultureInvariant($"  {target.Name} -. triggers .-> {triggered.Name}\n"));
            }

            foreach (var earlier in target.AfterNames.Select(graph.Get).Where(t => names.Contains(t.Name)))
            {
                text.Append(CultureInvariant($"  {earlier.Name} -. before .-> {target.Name}\n"));
            }
        }

        foreach (var invoked in plan.Targets.Where(p => p.IsInvoked))
        {
            text.Append(CultureInvariant($"  style {invoked.Name} stroke-width:3px\n"));
        }

        return text.Append("```\n").ToString();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
