using Pipeline.Planning;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Planning;

public sealed class GraphValidatorTests
{
    [Fact]
    public void A_valid_graph_has_no_problems()
    {
        Assert.Empty(GraphValidator.Validate(Graph(T("A"), T("B", "A"))));
    }

    [Fact]
    public void A_cycle_is_reported_with_its_path()
    {
        var problems = GraphValidator.Validate(Graph(T("A", "B"), T("B", "A")));

        Assert.Equal(["Circular dependency: A -> B -> A."], problems);
    }

    [Fact]
    public void A_longer_cycle_through_ordering_edges_is_found()
    {
        var problems = GraphValidator.Validate(Graph(T("A", "B"), T("B").After("C"), T("C", "A")));

        Assert.Equal(["Circular dependency: A -> B -> C -> A."], problems);
    }

    [Fact]
    public void A_self_dependency_is_a_cycle()
    {
        Assert.Equal(["Circular dependency: A -> A."], GraphValidator.Validate(Graph(T("A", "A"))));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = GraphValidator.Validate(Graph(T("A", "Missing"), T("a"), T("B", "C"), T("C", "B")));

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("'A' and 'a' have the same name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown target 'Missing'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Circular dependency: B -> C -> B", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trigger_cycle_is_found()
    {
        var problems = GraphValidator.Validate(Graph(T("A", "B").Triggering("B"), T("B")));

        Assert.Equal(["Circular dependency: A -> B -> A."], problems);
    }
}
