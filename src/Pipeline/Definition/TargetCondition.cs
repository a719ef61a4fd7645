namespace Pipeline.Definition;

/// <summary>A condition with the source text it was written as, shown as the skip or failure reason.</summary>
internal sealed record TargetCondition(Func<bool> Evaluate, string Text);
