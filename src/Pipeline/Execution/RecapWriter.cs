using Pipeline.Hosts;
using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>Repeats every warning and error of the run under "Errors &amp; Warnings" and raises them as CI
/// annotations, up to the host's limit per level, saying how many more there were.</summary>
internal sealed class RecapWriter(BuildConsole console, ICiHost host)
{
    public void Write(RunResult result)
    {
        var problems = result.Outcomes
            .SelectMany(o => (o.Log?.Problems ?? []).Select(p => (Target: o.Name, p.Level, p.Text)))
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.WriteLine("Errors & Warnings", AnsiColor.Yellow);
        foreach (var problem in problems)
        {
            console.Write(problem.Level, $"{problem.Target}: {problem.Text}");
        }

        foreach (var level in new[] { LogLevel.Error, LogLevel.Warning })
        {
            var ofLevel = problems.Where(p => p.Level == level).ToList();
            foreach (var problem in ofLevel.Take(host.AnnotationLimit))
            {
                if (host.Annotation(level, problem.Target, problem.Text) is { } line)
                {
                    console.WriteLine(line);
                }
            }

            if (host.AnnotationLimit > 0 && ofLevel.Count > host.AnnotationLimit)
            {
                var more = ofLevel.Count - host.AnnotationLimit;
                console.WriteLine($"{more} more {level.ToString().ToLowerInvariant()}s not annotated ({host.Name} shows {host.AnnotationLimit} per step); see the log above.");
            }
        }
    }
}
