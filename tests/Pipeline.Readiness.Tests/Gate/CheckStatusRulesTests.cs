using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Gate;

public sealed class CheckStatusRulesTests
{
    private static readonly ChecklistItem Item = Items.Testing.AllTestsPassing;

    [Fact]
    public void An_item_without_a_registered_check_is_an_error()
    {
        var evidence = Gates.Decide(Item).Single();

        Assert.Equal(ItemStatus.Error, evidence.Status);
        Assert.Equal("no check is registered for this item", evidence.Reason);
    }

    [Theory]
    [InlineData(CheckStatus.Passed, nameof(ItemStatus.Passed), true)]
    [InlineData(CheckStatus.Failed, nameof(ItemStatus.Failed), false)]
    [InlineData(CheckStatus.Error, nameof(ItemStatus.Error), false)]
    [InlineData(CheckStatus.NotApplicable, nameof(ItemStatus.NotApplicable), true)]
    public void A_single_check_decides_the_item_and_the_verdict(CheckStatus check, string expected, bool passes)
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(new CheckResult(check, "summary", 3))]);

        Assert.Equal(expected, verdict.Single().Status.ToString());
        Assert.Equal("summary", verdict.Single().Reason);
        Assert.Equal(passes, verdict.Passed);
    }

    [Fact]
    public void Failed_wins_over_error_and_passed_and_keeps_the_error_in_its_reason()
    {
        var failedAndPassed = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Passed(1, "ok")), Fixed.Outcome(CheckResult.Failed(1, "2 failing"))]);
        var all = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Failed(1, "2 failing")), Fixed.Outcome(CheckResult.Error("tool missing"))]);

        Assert.Equal((ItemStatus.Failed, "2 failing"), (failedAndPassed.Single().Status, failedAndPassed.Single().Reason));
        var errorAndPassed = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Passed(1, "ok")), Fixed.Outcome(CheckResult.Error("tool missing"))]);

        Assert.Equal((ItemStatus.Failed, "2 failing; also undecided: tool missing"), (all.Single().Status, all.Single().Reason));
        Assert.Equal((ItemStatus.Error, "tool missing"), (errorAndPassed.Single().Status, errorAndPassed.Single().Reason));
    }

    [Fact]
    public void A_disabled_item_is_not_applicable_with_its_reason()
    {
        var checklist = new Pipeline.Readiness.Checklist([Item]).Disable(Item, "a library has no service to load test");

        var evidence = Gates.Decide(Item, checklist: checklist).Single();

        Assert.Equal((ItemStatus.NotApplicable, "a library has no service to load test", "configuration"), (evidence.Status, evidence.Reason, evidence.DecidedBy));
    }

    [Fact]
    public void Disabling_needs_a_reason()
    {
        Assert.Throws<ArgumentException>(() => new Pipeline.Readiness.Checklist().Disable(Item, " "));
    }

    [Fact]
    public void Post_launch_items_never_block()
    {
        var verdict = Gates.Decide(Items.PostLaunch.Latency);

        Assert.Equal(ItemStatus.NotApplicable, verdict.Single().Status);
        Assert.True(verdict.Passed);
    }

    [Fact]
    public void Blocking_lists_each_blocking_item_with_status_and_reason()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Failed(4, "1 of 4 tests failed"))]);

        Assert.Equal([("testing.all-tests-passing", "Failed", "1 of 4 tests failed")], verdict.Blocking);
    }
}
