using Pipeline.Definition;
using Pipeline.Planning;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Definition;

public sealed class TargetDiscoveryTests
{
    public interface IPack
    {
        Target Pack => _ => _.Executes(() => Log.Information("component pack"));

        Target Sign => _ => _.DependentFor<IPack>(x => x.Pack);
    }

    public sealed class RelationsBuild : PipelineBuild, IPack
    {
        public bool Strict { get; set; }

        public Target Restore => _ => _.DependentFor(Compile).Before(Clean);

        public Target Clean => _ => _;

        public Target Compile => _ => _.Triggers<IPack>(x => x.Pack).Requires(() => !Strict);

        public Target Notify => _ => _.TriggeredBy(Compile).After<IPack>(x => x.Pack);

        Target IPack.Pack => _ => _.Executes(() => Log.Information("overridden pack"));
    }

    private static TargetGraph Discover(PipelineBuild build, out List<string> problems)
    {
        problems = [];
        return new TargetGraph(TargetDiscovery.Discover(build, problems, out _));
    }

    [Fact]
    public void Reverse_relations_are_recorded_on_the_other_target()
    {
        var graph = Discover(new RelationsBuild(), out var problems);

        Assert.Empty(problems);
        Assert.Equal(["Restore"], graph.Get("Compile").DependsOnNames);
        Assert.Equal(["Restore"], graph.Get("Clean").AfterNames);
        Assert.Equal(["Pack", "Notify"], graph.Get("Compile").TriggersNames);
        Assert.Equal(["Pack"], graph.Get("Notify").AfterNames);
        Assert.Equal(["Sign"], graph.Get("Pack").DependsOnNames);
    }

    [Fact]
    public async Task Component_targets_are_found_and_an_explicit_implementation_overrides_the_default()
    {
        var graph = Discover(new RelationsBuild(), out _);

        var (result, output) = await ExecutorHarness.Run(graph, ["Pack"]);

        Assert.Equal(["Restore", "Clean", "Compile", "Notify", "Pack", "Sign"], graph.Targets.Select(t => t.Name));
        Assert.True(result.Succeeded);
        Assert.Contains("overridden pack", output);
        Assert.DoesNotContain("component pack", output);
    }

    [Fact]
    public void Plan_of_the_discovered_graph_honours_every_relation()
    {
        var graph = Discover(new RelationsBuild(), out _);

        var plan = Planner.Plan(graph, new PlanRequest(["Compile", "Clean"], null, StaticConditions.SkipReason));

        Assert.Equal(["Restore", "Compile", "Sign", "Pack", "Notify", "Clean"], plan.Names);
    }

    [Fact]
    public void A_boolean_requirement_reports_its_source_text()
    {
        var graph = Discover(new RelationsBuild { Strict = true }, out _);
        var plan = Planner.Plan(graph, new PlanRequest(["Compile"], null, StaticConditions.SkipReason));

        var error = Assert.Throws<InvalidUsageException>(() => Requirements.Check(plan, _ => null));

        Assert.Equal("Target 'Compile' requires: condition '() => !Strict' must hold.", error.Message);
    }

    public sealed class MisuseBuild : PipelineBuild
    {
        public Target A => _ => _.DependsOn<IPack>(x => x.Pack);

        public Target B => _ => throw new InvalidOperationException("definition crashed");

        public Target C => A;
    }

    [Fact]
    public void Misuse_is_reported_problem_by_problem()
    {
        Discover(new MisuseBuild(), out var problems);

        Assert.Equal(3, problems.Count);
        Assert.Contains("Target 'C' is the same target as 'A'.", problems);
        Assert.Contains("Target 'B' could not be defined: definition crashed", problems);
        Assert.Contains("Target 'A' refers to IPack, which cannot be resolved: the build does not implement IPack.", problems);
    }
}
