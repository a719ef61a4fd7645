using System.Runtime.CompilerServices;

namespace Pipeline.Definition;

/// <summary>One target: what the fluent API recorded, plus its edges once names are resolved.</summary>
internal sealed class TargetDefinition(string name, int declarationIndex = 0) : ITargetDefinition
{
    public string Name { get; } = name;
    public int DeclarationIndex { get; } = declarationIndex;
    public string? DescriptionText { get; private set; }
    public List<TargetReference> References { get; } = [];
    public List<string> DependsOnNames { get; } = [];
    public List<string> AfterNames { get; } = [];
    public List<string> TriggersNames { get; } = [];
    public List<TargetCondition> StaticConditions { get; } = [];
    public List<TargetCondition> DynamicConditions { get; } = [];
    public List<TargetRequirement> Requirements { get; } = [];
    public List<Func<CancellationToken, Task>> Actions { get; } = [];
    public DependencyBehavior SkipBehavior { get; private set; }
    public bool IsProceedAfterFailure { get; private set; }
    public bool IsAssuredAfterFailure { get; private set; }
    public bool IsUnlisted { get; private set; }
    public string? NotSkippableReason { get; private set; }
    public TargetInputs? Inputs { get; private set; }

    public ITargetDefinition Description(string description) => Set(() => DescriptionText = description);

    public ITargetDefinition DependsOn(params Target[] targets) => Add(TargetRelation.DependsOn, targets);
    public ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets) => Add(TargetRelation.DependsOn, targets);
    public ITargetDefinition DependentFor(params Target[] targets) => Add(TargetRelation.DependentFor, targets);
    public ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets) => Add(TargetRelation.DependentFor, targets);
    public ITargetDefinition After(params Target[] targets) => Add(TargetRelation.After, targets);
    public ITargetDefinition After<T>(params Func<T, Target>[] targets) => Add(TargetRelation.After, targets);
    public ITargetDefinition Before(params Target[] targets) => Add(TargetRelation.Before, targets);
    public ITargetDefinition Before<T>(params Func<T, Target>[] targets) => Add(TargetRelation.Before, targets);
    public ITargetDefinition Triggers(params Target[] targets) => Add(TargetRelation.Triggers, targets);
    public ITargetDefinition Triggers<T>(params Func<T, Target>[] targets) => Add(TargetRelation.Triggers, targets);
    public ITargetDefinition TriggeredBy(params Target[] targets) => Add(TargetRelation.TriggeredBy, targets);
    public ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets) => Add(TargetRelation.TriggeredBy, targets);

    public ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionText = null) =>
        Set(() => StaticConditions.Add(new TargetCondition(condition, conditionText ?? "condition")));

    public ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionText = null) =>
        Set(() => DynamicConditions.Add(new TargetCondition(condition, conditionText ?? "condition")));

    public ITargetDefinition WhenSkipped(DependencyBehavior behavior) => Set(() => SkipBehavior = behavior);

    public ITargetDefinition Requires(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionText = null) =>
        Set(() => Requirements.Add(new TargetRequirement(condition, conditionText ?? "condition", IsParameter: false)));

    public ITargetDefinition Requires<T>(Func<T> parameter, [CallerArgumentExpression(nameof(parameter))] string? parameterText = null) =>
        Set(() => Requirements.Add(TargetRequirement.ForParameter(parameter, parameterText ?? "parameter")));

    public ITargetDefinition ProceedAfterFailure() => Set(() => IsProceedAfterFailure = true);
    public ITargetDefinition AssuredAfterFailure() => Set(() => IsAssuredAfterFailure = true);
    public ITargetDefinition Unlisted() => Set(() => IsUnlisted = true);
    public ITargetDefinition NotSkippable(string reason) => Set(() => NotSkippableReason = reason);
    public ITargetDefinition SkipWhenUnchanged(string[] inputs, string[] outputs) => Set(() => Inputs = TargetInputs.Create(Name, inputs, outputs));

    public ITargetDefinition Executes(Action action) =>
        Executes(_ => { action(); return Task.CompletedTask; });

    public ITargetDefinition Executes(Func<Task> action) => Executes(_ => action());

    public ITargetDefinition Executes(Func<CancellationToken, Task> action) => Set(() => Actions.Add(action));

    private TargetDefinition Add(TargetRelation relation, Target[] targets) =>
        Set(() => References.AddRange(targets.Select(t => TargetReference.Of(relation, t))));

    private TargetDefinition Add<T>(TargetRelation relation, Func<T, Target>[] targets) =>
        Set(() => References.AddRange(targets.Select(t => TargetReference.Of(relation, t))));

    private TargetDefinition Set(Action change)
    {
        change();
        return this;
    }
}
