using System.Runtime.CompilerServices;

namespace Pipeline;

/// <summary>The fluent definition of one target. Every method returns the same definition for chaining.</summary>
public interface ITargetDefinition
{
    /// <summary>Sets the text shown by <c>--help</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>Targets that must run, and succeed, before this one.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>Component targets that must run, and succeed, before this one.</summary>
    ITargetDefinition DependsOn<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Makes the given targets depend on this one.</summary>
    ITargetDefinition DependentFor(params Target[] targets);

    /// <summary>Makes the given component targets depend on this one.</summary>
    ITargetDefinition DependentFor<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Orders this target after the given ones when both are in the plan.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>Orders this target after the given component targets when both are in the plan.</summary>
    ITargetDefinition After<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Orders this target before the given ones when both are in the plan.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>Orders this target before the given component targets when both are in the plan.</summary>
    ITargetDefinition Before<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Adds the given targets to the plan, to run after this one succeeds.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>Adds the given component targets to the plan, to run after this one succeeds.</summary>
    ITargetDefinition Triggers<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Makes this target run after any of the given ones whenever they are in the plan.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <summary>Makes this target run after any of the given component targets whenever they are in the plan.</summary>
    ITargetDefinition TriggeredBy<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Skips the target when the condition is false, decided before anything runs.</summary>
    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionText = null);

    /// <summary>Skips the target when the condition is false, decided just before the target would run.</summary>
    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionText = null);

    /// <summary>Chooses whether a statically skipped target's dependencies still run.</summary>
    ITargetDefinition WhenSkipped(DependencyBehavior behavior);

#pragma warning disable RS0026 // the optional parameters are the compiler's (CallerArgumentExpression): callers never pass them positionally by mistake
    /// <summary>Requires a condition to hold before the build starts (invalid usage otherwise).</summary>
    ITargetDefinition Requires(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? conditionText = null);

    /// <summary>Requires a parameter to be set (not null, not empty) before the build starts.</summary>
    ITargetDefinition Requires<T>(Func<T> parameter, [CallerArgumentExpression(nameof(parameter))] string? parameterText = null);
#pragma warning restore RS0026

    /// <summary>Lets targets that depend on this one run even when it fails (the build still fails).</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>Runs this target even when its dependencies failed or the build was cancelled.</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Refuses <c>--skip</c> for this target whenever it is in the plan (exit code 2, with
    /// <paramref name="reason"/>): for a target such as a release gate, whose skipping would let what depends on it
    /// run unchecked.</summary>
    /// <param name="reason">Why the target cannot be skipped, shown in the refusal.</param>
    ITargetDefinition NotSkippable(string reason);

    /// <summary>Hides the target from <c>--help</c>.</summary>
    ITargetDefinition Unlisted();

    /// <summary>Skips the target as up to date (<see cref="TargetStatus.Skipped"/>, saying since when) when, since its
    /// last success on this machine, none of the repository's files under <paramref name="inputs"/> changed (by
    /// content; the files git sees: tracked, or untracked and not ignored), no parameter of the build has another
    /// value, and every file under <paramref name="outputs"/> is as the target left it. Anything else runs it: a
    /// first run, a failed last run, a missing or edited output, an input outside a git work tree. The record is kept in
    /// <c>.nuke/temp/targets/</c>; deleting it, or an output, runs the target again. Declare only what the target's
    /// outcome depends on alone (not a service, a feed or the clock).</summary>
    /// <param name="inputs">Files or folders, relative to the root, that the target reads.</param>
    /// <param name="outputs">Files or folders, relative to the root, that the target writes (at least one file).</param>
    /// <exception cref="ArgumentException">A list is empty, or a path is absolute or leaves the root.</exception>
    ITargetDefinition SkipWhenUnchanged(string[] inputs, string[] outputs);

    /// <summary>Adds a synchronous action.</summary>
    ITargetDefinition Executes(Action action);

    /// <summary>Adds an asynchronous action; it is awaited.</summary>
    ITargetDefinition Executes(Func<Task> action);

    /// <summary>Adds an asynchronous action that observes cancellation (Ctrl-C); it is awaited.</summary>
    ITargetDefinition Executes(Func<CancellationToken, Task> action);
}
