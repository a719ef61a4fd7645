namespace Pipeline.Readiness;

/// <summary>One target per Quick Status category. They are default interface members so that a build's own
/// <c>Configuration</c> parameter does not clash with the <c>Configuration</c> target.</summary>
public interface IReadinessCategoryTargets : IReadinessComponent
{
    /// <summary>Evaluates the Security items; fails when any blocks.</summary>
    Target Security => _ => _.Description("Checks the Security items").Executes(token => EvaluateCategoryAsync(ReadinessCategory.Security, token));

    /// <summary>Evaluates the Configuration items; fails when any blocks.</summary>
    Target Configuration => _ => _.Description("Checks the Configuration items").Executes(token => EvaluateCategoryAsync(ReadinessCategory.Configuration, token));

    /// <summary>Evaluates the Database items; fails when any blocks.</summary>
    Target Database => _ => _.Description("Checks the Database items").Executes(token => EvaluateCategoryAsync(ReadinessCategory.Database, token));

    /// <summary>Evaluates the Monitoring items; fails when any blocks.</summary>
    Target Monitoring => _ => _.Description("Checks the Monitoring & Alerting items").Executes(token => EvaluateCategoryAsync(ReadinessCategory.Monitoring, token));

    /// <summary>Evaluates the Operations items; fails when any blocks.</summary>
    Target Operations => _ => _.Description("Checks the Operations items").Executes(token => EvaluateCategoryAsync(ReadinessCategory.Operations, token));

    /// <summary>Evaluates the Testing items; fails when any blocks.</summary>
    Target Testing => _ => _.Description("Checks the Testing items").Executes(token => EvaluateCategoryAsync(ReadinessCategory.Testing, token));

    /// <summary>Evaluates one category, writes reports and fails when anything in it blocks.</summary>
    async Task EvaluateCategoryAsync(ReadinessCategory category, CancellationToken cancellation)
    {
        var verdict = await ReadinessState.Of(this).EvaluateAsync(ReadinessScope.Part(category.ToString(), i => i.Category == category), cancellation).ConfigureAwait(false);
        ReleaseRefusal.ThrowIfBlocked(verdict, category.ToString());
    }
}
