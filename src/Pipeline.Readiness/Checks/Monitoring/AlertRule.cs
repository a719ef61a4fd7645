namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>One Prometheus alerting rule, from a rule file or a YAML block in Markdown: its name, line, expression,
/// <c>for</c> and severity label (null when missing).</summary>
internal sealed record AlertRule(string Name, int Line, string? Expression, string? For, string? Severity);
