namespace Pipeline.Execution;

/// <summary>The outcomes of a run, in plan order, and its total duration.</summary>
internal sealed record RunResult(IReadOnlyList<TargetOutcome> Outcomes, TimeSpan Duration)
{
    public bool Succeeded => Outcomes.All(o => !o.IsBlocking);

    public TargetOutcome this[string name] => Outcomes.Single(o => o.Name == name);
}
