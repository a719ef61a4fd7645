namespace Pipeline;

/// <summary>A build target: configures a <see cref="ITargetDefinition"/>, NUKE style
/// (<c>Target Compile => _ => _.DependsOn(Restore).Executes(...)</c>).</summary>
public delegate ITargetDefinition Target(ITargetDefinition definition);
