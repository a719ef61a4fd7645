namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>A rule over one run of the service: a pure function from what the run showed and the probe's options to
/// the problems found (none: passed, with the evidence line). One type per item, tested without a service.</summary>
internal abstract class RuntimeRule
{
    /// <summary>The rule's name, as the check's (<c>runtime-&lt;name&gt;</c>) and its findings' (<c>runtime.&lt;name&gt;</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Whether the load test's figures belong in this item's evidence.</summary>
    public virtual bool ReportsLoadFigures => false;

    /// <summary>The problems in <paramref name="seen"/>, or none and what shows the item holds.</summary>
    public abstract RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options);
}
