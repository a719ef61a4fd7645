using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Gate;

public sealed class WaiverRulesTests
{
    private static readonly ChecklistItem Item = Items.Security.ContainerImageScanned;

    [Fact]
    public void An_unexpired_item_waiver_turns_a_failure_into_waived_with_owner_and_original_reason()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Failed(1, "runs as root"))], Gates.With(waivers: [Fixed.ItemWaiver(Item, 30)]));

        var evidence = verdict.Single();
        Assert.Equal(ItemStatus.Waived, evidence.Status);
        Assert.Contains("waived until 2026-12-24 by jane (approved by sec-lead)", evidence.Reason);
        Assert.Contains("was Failed: runs as root", evidence.Reason);
        Assert.True(verdict.Passed);
        Assert.Empty(verdict.UnusedWaivers);
    }

    [Fact]
    public void A_waiver_also_covers_an_error()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Error("no engine"))], Gates.With(waivers: [Fixed.ItemWaiver(Item, 5)]));

        Assert.Equal(ItemStatus.Waived, verdict.Single().Status);
    }

    [Fact]
    public void A_waiver_expiring_today_still_counts()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Failed(1, "x"))], Gates.With(waivers: [Fixed.ItemWaiver(Item, 0)]));

        Assert.Equal(ItemStatus.Waived, verdict.Single().Status);
    }

    [Fact]
    public void An_expired_waiver_does_not_waive_and_blocks_by_itself()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Failed(1, "runs as root"))], Gates.With(waivers: [Fixed.ItemWaiver(Item, -1)]));

        Assert.Equal(ItemStatus.Failed, verdict.Single().Status);
        var problem = Assert.Single(verdict.Problems);
        Assert.Equal("readiness/waivers.yaml(2): field 'expires': the waiver for security.container-image-scanned expired on 2026-11-23; renew it or remove it", problem.ToString());
        Assert.False(verdict.Passed);
    }

    [Fact]
    public void An_expired_waiver_blocks_even_when_the_item_passes_now()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Passed(1, "clean"))], Gates.With(waivers: [Fixed.ItemWaiver(Item, -10)]));

        Assert.Equal(ItemStatus.Passed, verdict.Single().Status);
        Assert.False(verdict.Passed);
    }

    [Fact]
    public void A_waiver_for_a_passing_item_is_reported_unused()
    {
        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Passed(1, "clean"))], Gates.With(waivers: [Fixed.ItemWaiver(Item, 10)]));

        Assert.True(verdict.Passed);
        Assert.Equal(Item.Id, Assert.Single(verdict.UnusedWaivers).Item);
    }

    [Fact]
    public void Waiving_every_error_finding_by_fingerprint_waives_the_item()
    {
        var (a, b) = (Fixed.Finding("AKIA-one"), Fixed.Finding("AKIA-two"));
        var failed = CheckResult.Failed(10, "2 secrets", a, b, Fixed.Finding("note", FindingSeverity.Note));

        var verdict = Gates.Decide(Item, [Fixed.Outcome(failed)], Gates.With(waivers: [Fixed.FindingWaiver(a.Fingerprint, 10), Fixed.FindingWaiver(b.Fingerprint, 10)]));

        Assert.Equal(ItemStatus.Waived, verdict.Single().Status);
        Assert.Equal(new[] { a.Fingerprint, b.Fingerprint }.Order(), verdict.Single().WaivedFindings.Order());
        Assert.Empty(verdict.UnusedWaivers);
    }

    [Fact]
    public void Waiving_only_some_error_findings_leaves_the_item_failed()
    {
        var (a, b) = (Fixed.Finding("AKIA-one"), Fixed.Finding("AKIA-two"));

        var verdict = Gates.Decide(Item, [Fixed.Outcome(CheckResult.Failed(10, "2 secrets", a, b))], Gates.With(waivers: [Fixed.FindingWaiver(a.Fingerprint, 10)]));

        Assert.Equal(ItemStatus.Failed, verdict.Single().Status);
    }

    [Fact]
    public void Fingerprints_depend_on_content_not_on_the_line()
    {
        var first = Finding.Create("secret.aws", FindingSeverity.Error, "src/a.cs", 3, "AWS key", "hash-1");
        var moved = Finding.Create("secret.aws", FindingSeverity.Error, "src/a.cs", 90, "AWS key", "hash-1");
        var swapped = Finding.Create("secret.aws", FindingSeverity.Error, "src/a.cs", 3, "AWS key", "hash-2");

        Assert.Equal(first.Fingerprint, moved.Fingerprint);
        Assert.NotEqual(first.Fingerprint, swapped.Fingerprint);
    }
}
