namespace Pipeline.Planning;

/// <summary>Checks, before anything runs, the requirements of every target that will run; reports all that fail.
/// Parameters are named by their command-line option.</summary>
internal static class Requirements
{
    public static void Check(ExecutionPlan plan, Func<string, string?> optionFor)
    {
        var problems = plan.Targets
            .Where(p => p.SkipReason is null)
            .SelectMany(p => p.Target.Requirements.Where(r => !r.IsMet()).Select(r => $"Target '{p.Name}' requires: {r.Describe(optionFor)}."))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidUsageException(string.Join("\n", problems));
        }
    }
}
