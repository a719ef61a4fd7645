namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>What a <see cref="RuntimeRule"/> found: its problems (none means the item holds) and the evidence line.</summary>
internal sealed record RuleOutcome(IReadOnlyList<string> Problems, string Evidence)
{
    public static RuleOutcome Holds(string evidence) => new([], evidence);

    public static RuleOutcome Broken(params string[] problems) => new(problems, string.Empty);

    public static RuleOutcome Of(IEnumerable<string> problems, string evidence) => new([.. problems], evidence);
}
