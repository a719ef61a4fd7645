using Pipeline.Planning;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Planning;

public sealed class PlannerSkipTests
{
    private static ExecutionPlan Plan(Pipeline.Planning.TargetGraph graph, string[] invoked, string[]? skip) =>
        Planner.Plan(graph, new PlanRequest(invoked, skip, StaticConditions.SkipReason));

    private static IEnumerable<string?> Reasons(ExecutionPlan plan) => plan.Targets.Select(t => t.SkipReason);

    [Fact]
    public void Skip_without_names_skips_every_target_not_invoked()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"), T("Test", "Compile"));

        var plan = Plan(graph, ["Test"], []);

        Assert.Equal(["skipped by --skip", "skipped by --skip", null], Reasons(plan));
    }

    [Fact]
    public void Skip_with_names_skips_only_those()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"), T("Test", "Compile"));

        var plan = Plan(graph, ["Test"], ["restore"]);

        Assert.Equal(["skipped by --skip", null, null], Reasons(plan));
    }

    [Fact]
    public void Skipping_an_invoked_target_is_invalid_usage_instead_of_running_it_silently()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"));

        var error = Assert.Throws<InvalidUsageException>(() => Plan(graph, ["Compile"], ["Compile", "Restore"]));

        Assert.Equal("--skip names 'Compile', which is invoked: an invoked target always runs; invoke only the targets to run.", error.Message);
        Assert.Equal(["skipped by --skip", null], Reasons(Plan(graph, ["Compile"], ["Restore"])));
    }

    [Theory]
    [InlineData("Gate")]
    [InlineData(null)]
    public void Skipping_a_not_skippable_target_in_the_plan_is_invalid_usage_naming_why(string? named)
    {
        var graph = Graph(T("Readiness"), T("Gate", "Readiness"), T("Publish", "Gate"));
        graph.Get("Gate").NotSkippable("the gate decides whether anything is published");

        var refusal = Assert.Throws<InvalidUsageException>(() => Plan(graph, ["Publish"], named is null ? [] : [named]));

        Assert.Equal("--skip cannot skip 'Gate': the gate decides whether anything is published.", refusal.Message);
    }

    [Fact]
    public void A_not_skippable_target_outside_the_plan_does_not_stop_skip()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"), T("Gate"));
        graph.Get("Gate").NotSkippable("gate");

        var plan = Plan(graph, ["Compile"], []);

        Assert.Equal(["skipped by --skip", null], Reasons(plan));
    }

    [Fact]
    public void Skip_naming_an_unknown_target_is_invalid_usage()
    {
        var graph = Graph(T("Compile"));

        Assert.Throws<InvalidUsageException>(() => Plan(graph, ["Compile"], ["Nope"]));
    }

    [Fact]
    public void False_static_condition_skips_with_its_source_text()
    {
        var graph = Graph(T("Restore"), T("Publish", "Restore"));
        graph.Get("Publish").OnlyWhenStatic(() => 1 > 2);

        var plan = Plan(graph, ["Publish"], null);

        Assert.Equal([null, "condition false: () => 1 > 2"], Reasons(plan));
    }

    [Fact]
    public void WhenSkipped_Skip_also_skips_dependencies_nothing_else_needs()
    {
        var graph = Graph(T("Restore"), T("Generate"), T("Compile", "Restore", "Generate"), T("Docs", "Generate"));
        graph.Get("Compile").OnlyWhenStatic(() => false).WhenSkipped(DependencyBehavior.Skip);

        var compileOnly = Plan(graph, ["Compile"], null);
        var withDocs = Plan(graph, ["Compile", "Docs"], null);

        Assert.All(compileOnly.Targets, t => Assert.NotNull(t.SkipReason));
        Assert.Equal("only needed by skipped target 'Compile'", compileOnly.Targets[0].SkipReason);
        Assert.Null(withDocs.Targets.Single(t => t.Name == "Generate").SkipReason);
        Assert.NotNull(withDocs.Targets.Single(t => t.Name == "Restore").SkipReason);
    }

    [Fact]
    public void WhenSkipped_Execute_keeps_dependencies()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"));
        graph.Get("Compile").OnlyWhenStatic(() => false);

        var plan = Plan(graph, ["Compile"], null);

        Assert.Equal([null, "condition false: () => false"], Reasons(plan));
    }

    [Fact]
    public void Static_condition_that_throws_is_invalid_usage_naming_the_target()
    {
        var graph = Graph(T("Compile"));
        graph.Get("Compile").OnlyWhenStatic(() => throw new InvalidOperationException("no config"));

        var error = Assert.Throws<InvalidUsageException>(() => Plan(graph, ["Compile"], null));

        Assert.Contains("'Compile'", error.Message);
        Assert.Contains("no config", error.Message);
    }
}
