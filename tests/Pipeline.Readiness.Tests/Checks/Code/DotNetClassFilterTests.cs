namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>A .NET suite dealt by test class: however many partitions, every test runs in exactly one of them — those
/// of the dealt classes where their class went (unless an earlier partition's class name is part of theirs), and
/// those of classes the source reading missed (nested, generic) in the last one.</summary>
public sealed class DotNetClassFilterTests
{
    private static readonly string[] Classes = ["Shop.Tests.CartTests", "Shop.Tests.LoginTests", "Shop.Tests.Cart", "Api.Tests.OrderTests", "Tests.Cart"];

    private static readonly string[] TestNames =
    [
        "Shop.Tests.CartTests.Adds", "Shop.Tests.CartTests.Removes", "Shop.Tests.LoginTests.Refuses", "Shop.Tests.Cart.Empty",
        "Api.Tests.OrderTests.Creates", "Tests.Cart.Counts",
        "Shop.Tests.LoginTests+WithTokens.Accepts", // nested: not dealt
        "Shop.Tests.Generic`1.Works", // generic: not dealt
        "Other.Tests.Cart.Lost", // a class nobody dealt whose name contains a dealt one's
        "Fsharp.Tests.Module.test", // another language
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void Every_test_is_taken_by_exactly_one_partition(int count)
    {
        var filters = Enumerable.Range(1, count).Select(k => DotNetClassFilter.For(new TestPartition(k, count), Classes)).ToList();

        Assert.All(TestNames, name => Assert.Single(filters, f => !f.RunsNothing && f.Takes(name)));
        foreach (var k in Enumerable.Range(1, count))
        {
            // Its own partition, or an earlier one that has a class whose name ends its namespace (Tests.Cart in Shop.Tests.Cart).
            Assert.All(new TestPartition(k, count).Slice(Classes), c => Assert.InRange(filters.FindIndex(f => f.Takes(c + ".M")) + 1, 1, k));
        }
    }

    [Fact]
    public void A_dealt_class_runs_where_it_was_dealt_and_the_rest_runs_last()
    {
        var first = DotNetClassFilter.For(new TestPartition(1, 3), Classes);
        var last = DotNetClassFilter.For(new TestPartition(3, 3), Classes);

        Assert.Equal(["Api.Tests.OrderTests", "Shop.Tests.LoginTests"], first.Take);
        Assert.True(first.Takes("Shop.Tests.LoginTests.Refuses"));
        Assert.False(first.Takes("Shop.Tests.LoginTests+WithTokens.Accepts"));
        Assert.True(last.Takes("Shop.Tests.LoginTests+WithTokens.Accepts"));
        Assert.True(last.Takes("Fsharp.Tests.Module.test"));
        Assert.False(last.Takes("shop.tests.logintests.Refuses")); // VSTest's ~ ignores case
        Assert.Equal("(FullyQualifiedName~Api.Tests.OrderTests.|FullyQualifiedName~Shop.Tests.LoginTests.)", first.ToVsTest());
        Assert.Equal("((FullyQualifiedName~Api.Tests.OrderTests.|FullyQualifiedName~Shop.Tests.LoginTests.))&Category=Auth", first.ToVsTest("Category=Auth"));
        Assert.Equal(string.Join("&", new[] { "Api.Tests.OrderTests", "Shop.Tests.Cart", "Shop.Tests.LoginTests", "Tests.Cart" }.Select(c => $"FullyQualifiedName!~{c}.")), last.ToVsTest());
    }

    [Fact]
    public void A_class_whose_name_ends_with_an_earlier_partitions_class_runs_there()
    {
        var first = DotNetClassFilter.For(new TestPartition(1, 2), Classes);
        var second = DotNetClassFilter.For(new TestPartition(2, 2), Classes);

        Assert.Equal(["Api.Tests.OrderTests", "Shop.Tests.CartTests", "Tests.Cart"], first.Take);
        Assert.True(first.Takes("Shop.Tests.Cart.Empty"));
        Assert.False(second.Takes("Shop.Tests.Cart.Empty"));
        Assert.True(first.Takes("Other.Tests.Cart.Lost"));
    }

    [Fact]
    public void One_partition_runs_everything_unfiltered_and_one_without_classes_runs_nothing()
    {
        Assert.Null(DotNetClassFilter.For(new TestPartition(1, 1), Classes).ToVsTest());
        Assert.Equal("Category=Auth", DotNetClassFilter.For(new TestPartition(1, 1), Classes).ToVsTest("Category=Auth"));
        var idle = DotNetClassFilter.For(new TestPartition(6, 7), Classes);
        Assert.True(idle.RunsNothing);
        Assert.Throws<InvalidOperationException>(() => idle.ToVsTest());
        Assert.True(DotNetClassFilter.For(new TestPartition(2, 2), []).Takes("Any.Test.At.All"));
    }
}
