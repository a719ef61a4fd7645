using System.Text.RegularExpressions;
using Pipeline.Readiness.Checks.Operations.Documents;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>What one documentation item needs: a section whose heading names the subject (<see cref="Heading"/>; null:
/// any whole document) and whose text meets every need. Placeholder sections (example.com links, TODO) never count,
/// and a keyword alone is not enough: procedures need steps, diagrams need a drawing.</summary>
internal sealed record DocumentRequirement(string Title, Regex? Heading, IReadOnlyList<(string What, Func<DocumentSection, IReadOnlyList<DocumentSection>, bool> Test)> Needs)
{
    private static readonly Regex OperationalTask = Re(@"rollback|roll back|restart|scal(e|ing)|deploy|migrat|troubleshoot|backup|restore|rotat|failover|upgrade|recover|drain|maintenance|incident|outage|logs?\b|debug");

    /// <summary>Diagram files that count for the architecture item when their name says what they draw.</summary>
    public static Regex DiagramFile { get; } = Re(@"(arch|diagram|overview|system|component|c4|topology)[^/]*\.(svg|png|jpe?g|mmd|puml|drawio|d2)$");

    /// <summary>Documents whose name says they are for operators: preferred when several meet a requirement.</summary>
    public static Regex OperatorDocument { get; } = Re(@"runbook|playbook|operat|deploy|ops|troubleshoot|recover|disaster|incident|architect");

    /// <summary>The seed's documentation items and what each needs.</summary>
    public static IReadOnlyDictionary<string, DocumentRequirement> Seed { get; } = new Dictionary<string, DocumentRequirement>
    {
        [Items.Operations.Runbook.Id] = new("runbook", null,
            [("at least three operational tasks with steps (commands or numbered steps)", (document, all) => TasksWithSteps(document, all) >= 3)]),
        [Items.Operations.ArchitectureDiagram.Id] = new("architecture diagram", Re(@"architect|overview|design|layer|component|system|topology"),
            [("a drawn diagram (mermaid, PlantUML, an image or a box-and-arrow drawing)", (section, _) => DocumentSignals.HasDiagram(section.Body))]),
        [Items.Operations.RecoveryProcedure.Id] = new("recovery procedure", Re(@"recover|restor|disaster|failover"),
            [("steps an operator follows (numbered steps or commands)", (section, _) => DocumentSignals.IsProcedure(section.Body))]),
        [Items.Operations.RtoRpo.Id] = new("RTO and RPO", null,
            [("an RTO with a duration", (d, _) => Re(@"\b(RTO|recovery time objective)\b[^\n]*\b\d+\s*(s|sec|seconds?|m|min|minutes?|h|hours?)\b").IsMatch(d.Body)),
             ("an RPO with a duration", (d, _) => Re(@"\b(RPO|recovery point objective)\b[^\n]*\b\d+\s*(s|sec|seconds?|m|min|minutes?|h|hours?)\b").IsMatch(d.Body))]),
        [Items.Operations.IncidentResponse.Id] = new("incident response", Re(@"incident"),
            [("an escalation path", (section, _) => Re(@"escalat").IsMatch(section.Body))]),
        [Items.Operations.HealthCheckDocumented.Id] = new("health check", Re(@"health"),
            [("the health endpoint", (section, _) => Re(@"/health|/healthz|/ready|/live").IsMatch(section.Body)),
             ("the probe or load balancer that uses it", (section, _) => Re(@"probe|load balancer").IsMatch(section.Body))]),
    };

    /// <summary>In a document: the sections headed by an operational task (restart, rollback, scale, migrate…) that
    /// hold steps; in a section headed runbook/playbook/operations/troubleshooting: its subsections that hold steps.</summary>
    private static int TasksWithSteps(DocumentSection document, IReadOnlyList<DocumentSection> all)
    {
        var inDocument = all.Where(s => s.File == document.File && s.Level > 0 && !DocumentSignals.IsPlaceholder(s.Body)).ToList();
        var tasks = inDocument.Count(s => OperationalTask.IsMatch(s.Heading) && DocumentSignals.IsProcedure(s.Body));
        var underRunbook = inDocument.Where(r => RunbookHeading.IsMatch(r.Heading))
            .Select(r => inDocument.Count(s => s.Level > r.Level && r.Contains(s) && DocumentSignals.IsProcedure(s.Body)))
            .DefaultIfEmpty(0).Max();
        var namedRunbook = Re(@"runbook|playbook").IsMatch(Path.GetFileName(document.File)) || inDocument.Any(s => s.Level == 1 && Re(@"runbook|playbook").IsMatch(s.Heading));
        var subsections = namedRunbook ? inDocument.Count(s => s.Level > 1 && s.Body.Trim().Length > 0) : 0;
        return Math.Max(Math.Max(tasks, underRunbook), subsections);
    }

    private static readonly Regex RunbookHeading = Re(@"runbook|playbook|operations|operational|troubleshoot|procedures");

    private static Regex Re(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
}
