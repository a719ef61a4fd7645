using Pipeline.Tests.Support;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Planning;

public sealed class PlannerOrderTests
{
    [Fact]
    public void Dependencies_run_first_in_declared_order()
    {
        var graph = Graph(T("Restore"), T("Lint"), T("Compile", "Restore", "Lint"), T("Test", "Compile"));

        Assert.Equal(["Restore", "Lint", "Compile", "Test"], Plan(graph, "Test").Order());
    }

    [Fact]
    public void Targets_not_needed_are_left_out()
    {
        var graph = Graph(T("Clean"), T("Restore"), T("Compile", "Restore"));

        Assert.Equal(["Restore", "Compile"], Plan(graph, "Compile").Order());
    }

    [Fact]
    public void After_orders_without_including()
    {
        var graph = Graph(T("Clean"), T("Restore").After("Clean"), T("Compile", "Restore"));

        Assert.Equal(["Restore", "Compile"], Plan(graph, "Compile").Order());
        Assert.Equal(["Clean", "Restore", "Compile"], Plan(graph, "Compile", "Clean").Order());
    }

    [Fact]
    public void Triggers_include_the_triggered_target_after_the_trigger()
    {
        var graph = Graph(T("Pack").Triggering("Publish"), T("Publish"), T("Other"));

        Assert.Equal(["Pack", "Publish"], Plan(graph, "Pack").Order());
        Assert.Equal(["Publish"], Plan(graph, "Publish").Order());
    }

    [Fact]
    public void Several_invoked_targets_keep_the_order_they_were_named_in()
    {
        var graph = Graph(T("A"), T("B"), T("C"));

        Assert.Equal(["C", "A"], Plan(graph, "C", "A").Order());
        Assert.Equal(["A", "C"], Plan(graph, "A", "C").Order());
    }

    [Fact]
    public void Names_match_case_and_hyphen_insensitively()
    {
        var graph = Graph(T("RunUnitTests"));

        var plan = Plan(graph, "run-unit-tests");

        Assert.Equal(["RunUnitTests"], plan.Order());
        Assert.True(plan.Targets[0].IsInvoked);
    }

    [Fact]
    public void Unknown_target_is_invalid_usage_listing_available_targets()
    {
        var graph = Graph(T("Compile"), T("Test"));

        var error = Assert.Throws<InvalidUsageException>(() => Plan(graph, "Deploy"));

        Assert.Contains("Unknown target 'Deploy'", error.Message);
        Assert.Contains("Compile, Test", error.Message);
    }

    [Fact]
    public void Order_is_deterministic_for_a_diamond()
    {
        var graph = Graph(T("A"), T("B", "A"), T("C", "A"), T("D", "C", "B"));

        Assert.Equal(["A", "C", "B", "D"], Plan(graph, "D").Order());
        Assert.Equal(Plan(graph, "D").Order(), Plan(graph, "D").Order());
    }

    [Fact]
    public void Every_edge_is_respected_in_a_generated_graph()
    {
        var random = new Random(7);
        var targets = Enumerable.Range(0, 200).Select(i => T($"T{i}",
            [.. Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(i)).Where(d => d < i).Select(d => $"T{d}").Distinct()]))
            .ToArray();
        var graph = Graph(targets);

        var order = Plan(graph, "T199", "T150").Order().Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);

        foreach (var target in targets.Where(t => order.ContainsKey(t.Name)))
        {
            Assert.All(target.DependsOnNames, d => Assert.True(order[d] < order[target.Name], $"{d} before {target.Name}"));
        }
    }
}
