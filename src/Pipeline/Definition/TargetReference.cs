namespace Pipeline.Definition;

/// <summary>An unresolved reference to a target: a delegate, or a component accessor applied to the build.</summary>
internal sealed record TargetReference(TargetRelation Relation, Func<object, Target> Resolve, string Text)
{
    public static TargetReference Of(TargetRelation relation, Target target) =>
        new(relation, _ => target, target.Method.Name);

    public static TargetReference Of<TComponent>(TargetRelation relation, Func<TComponent, Target> accessor) =>
        new(relation, build => build is TComponent component
            ? accessor(component)
            : throw new InvalidOperationException($"the build does not implement {typeof(TComponent).Name}"),
            typeof(TComponent).Name);
}
