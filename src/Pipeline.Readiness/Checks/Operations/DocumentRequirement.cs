using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>What one documentation item needs: a document in the docs folder whose text matches every pattern (or,
/// for a diagram, an image or a mermaid block). The patterns say, in the finding, what is missing.</summary>
internal sealed record DocumentRequirement(string Title, IReadOnlyList<(string What, Func<string, bool> Test)> Needs, bool DiagramFileCounts = false)
{
    /// <summary>The seed's documentation items and what each needs.</summary>
    public static IReadOnlyDictionary<string, DocumentRequirement> Seed { get; } = new Dictionary<string, DocumentRequirement>
    {
        [Items.Operations.Runbook.Id] = new("runbook", [("a runbook heading", Re(@"^#+ .*runbook").IsMatch), ("at least three operational tasks as headings", text => Re(@"^#{2,} \S").Count(text) >= 3)]),
        [Items.Operations.ArchitectureDiagram.Id] = new("architecture diagram", [("a mermaid or PlantUML diagram", Re(@"```(mermaid|plantuml)").IsMatch)], DiagramFileCounts: true),
        [Items.Operations.RecoveryProcedure.Id] = new("recovery procedure", [("a recovery heading", Re(@"^#+ .*recover").IsMatch), ("numbered steps", Re(@"^\s*1\. .+\n\s*2\. ").IsMatch)]),
        [Items.Operations.RtoRpo.Id] = new("RTO and RPO", [("an RTO with a duration", Re(@"\bRTO\b[^\n]*\b\d+\s*(s|sec|seconds?|m|min|minutes?|h|hours?)\b").IsMatch), ("an RPO with a duration", Re(@"\bRPO\b[^\n]*\b\d+\s*(s|sec|seconds?|m|min|minutes?|h|hours?)\b").IsMatch)]),
        [Items.Operations.IncidentResponse.Id] = new("incident response", [("an incident heading", Re(@"^#+ .*incident").IsMatch), ("an escalation path", Re(@"escalat").IsMatch)]),
        [Items.Operations.HealthCheckDocumented.Id] = new("health check", [("the health endpoint", Re(@"/health").IsMatch), ("the probe or load balancer that uses it", Re(@"(probe|load balancer)").IsMatch)]),
    };

    private static Regex Re(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
}
