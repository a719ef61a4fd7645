using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Gate;

public sealed class ChecklistCustomisationTests
{
    private static readonly ChecklistItem Changelog = new("operations.changelog", ReadinessCategory.Operations, "Documentation", "Changelog updated", ItemBinding.Check);

    [Fact]
    public void A_team_item_is_decided_like_a_seed_item()
    {
        var checklist = new Pipeline.Readiness.Checklist().Add(Changelog);

        var verdict = Gates.Decide(Changelog, [Fixed.Outcome(CheckResult.Failed(1, "no entry for 1.2.0"))], checklist: checklist);

        Assert.Equal(ItemStatus.Failed, verdict.Single().Status);
        Assert.Contains(Changelog, checklist.Entries);
    }

    [Fact]
    public void Adding_an_existing_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Pipeline.Readiness.Checklist().Add(Items.Operations.Runbook with { Title = "Copy" }));
    }

    [Fact]
    public void Overriding_rebinds_a_seed_item_to_an_attestation()
    {
        var checklist = new Pipeline.Readiness.Checklist().Override(Items.Operations.Runbook with { Binding = ItemBinding.Attestation(SignOffRole.Operations, 365) });

        var evidence = Gates.Decide(checklist.Find(Items.Operations.Runbook.Id), checklist: checklist).Single();

        Assert.Equal(ItemStatus.Pending, evidence.Status);
        Assert.Equal("attestation", evidence.DecidedBy);
    }

    [Fact]
    public void A_check_cannot_be_registered_for_an_item_decided_by_people()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReadinessSetup().Check(Items.Database.BackupTested, new NeverCheck()));

        Assert.Contains("decided by attestation", error.Message);
    }

    private sealed class NeverCheck : ReadinessCheck
    {
        public override string Name => "never";

        public override Task<CheckResult> RunAsync(CheckContext context) => throw new InvalidOperationException();
    }
}
