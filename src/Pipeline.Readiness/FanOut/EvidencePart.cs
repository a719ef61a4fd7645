namespace Pipeline.Readiness;

/// <summary>One part of the checklist that a fanned-out workflow evaluates in its own job: a component's target's
/// items (e.g. <c>Lint</c>), one service's gate (<c>Service-orders-api</c>), or the items only the team's own checks
/// decide (<c>Checks</c>). Every item decided by checks is in exactly one part, so each check runs once.</summary>
/// <param name="Name">The part's name: the <c>--evidence-part</c> value, and the job's and artifact's name.</param>
/// <param name="Items">The items it evaluates, in checklist order.</param>
internal sealed record EvidencePart(string Name, IReadOnlyList<ChecklistItem> Items);
