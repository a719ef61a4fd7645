namespace Pipeline.Definition;

/// <summary>How a definition refers to another target, before names are resolved.</summary>
internal enum TargetRelation
{
    DependsOn,
    DependentFor,
    After,
    Before,
    Triggers,
    TriggeredBy,
}
