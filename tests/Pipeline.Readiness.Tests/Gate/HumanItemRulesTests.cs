using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Gate;

public sealed class HumanItemRulesTests
{
    private static readonly ChecklistItem Drill = Items.Database.BackupTested; // operations, valid 90 days

    [Fact]
    public void A_missing_attestation_is_pending()
    {
        var evidence = Gates.Decide(Drill).Single();

        Assert.Equal(ItemStatus.Pending, evidence.Status);
        Assert.Equal("no attestation by operations in readiness/attestations.yaml", evidence.Reason);
    }

    [Fact]
    public void A_recent_attestation_by_the_right_role_passes_with_its_evidence()
    {
        var evidence = Gates.Decide(Drill, governance: Gates.With(attestations: [Fixed.Attested(Drill, SignOffRole.Operations, 10)])).Single();

        Assert.Equal(ItemStatus.Passed, evidence.Status);
        Assert.Equal("attested by Sam (operations) on 2026-11-14, valid until 2027-02-12: https://wiki.example/drill", evidence.Reason);
        Assert.Equal("attestation", evidence.DecidedBy);
    }

    [Fact]
    public void An_attestation_older_than_its_validity_is_pending()
    {
        var evidence = Gates.Decide(Drill, governance: Gates.With(attestations: [Fixed.Attested(Drill, SignOffRole.Operations, 91)])).Single();

        Assert.Equal(ItemStatus.Pending, evidence.Status);
        Assert.Contains("expired on 2026-11-23", evidence.Reason);
    }

    [Fact]
    public void An_explicit_expiry_overrides_the_default_validity()
    {
        var expired = Fixed.Attested(Drill, SignOffRole.Operations, 10, expires: Fixed.Today.AddDays(-1));

        Assert.Equal(ItemStatus.Pending, Gates.Decide(Drill, governance: Gates.With(attestations: [expired])).Single().Status);
    }

    [Fact]
    public void An_attestation_by_another_role_does_not_count()
    {
        var evidence = Gates.Decide(Drill, governance: Gates.With(attestations: [Fixed.Attested(Drill, SignOffRole.Developer, 1)])).Single();

        Assert.Equal(ItemStatus.Pending, evidence.Status);
    }

    [Fact]
    public void A_future_dated_attestation_does_not_count()
    {
        var evidence = Gates.Decide(Drill, governance: Gates.With(attestations: [Fixed.Attested(Drill, SignOffRole.Operations, -3)])).Single();

        Assert.Equal(ItemStatus.Pending, evidence.Status);
        Assert.Contains("in the future", evidence.Reason);
    }

    [Fact]
    public void The_newest_attestation_decides()
    {
        var old = Fixed.Attested(Drill, SignOffRole.Operations, 200);
        var recent = Fixed.Attested(Drill, SignOffRole.Operations, 2);

        Assert.Equal(ItemStatus.Passed, Gates.Decide(Drill, governance: Gates.With(attestations: [recent, old])).Single().Status);
    }

    [Fact]
    public void A_sign_off_for_the_current_commit_passes()
    {
        var signOff = new SignOff(SignOffRole.Security, "Grace", Fixed.Today, Fixed.Commit);

        var verdict = Gates.Decide(Items.SignOff.Security, governance: Gates.With(signOffs: [signOff]));

        Assert.Equal(ItemStatus.Passed, verdict.Single().Status);
        Assert.Equal(signOff, Assert.Single(verdict.SignOffs));
    }

    [Fact]
    public void A_sign_off_for_an_abbreviation_of_the_current_commit_does_not_count()
    {
        var signOff = new SignOff(SignOffRole.Security, "Grace", Fixed.Today, Fixed.Commit[..12]);

        Assert.Equal(ItemStatus.Pending, Gates.Decide(Items.SignOff.Security, governance: Gates.With(signOffs: [signOff])).Single().Status);
    }

    [Fact]
    public void A_sign_off_for_another_commit_no_longer_counts()
    {
        var signOff = new SignOff(SignOffRole.Security, "Grace", Fixed.Today, "fedcba9876543210fedcba9876543210fedcba98");

        var evidence = Gates.Decide(Items.SignOff.Security, governance: Gates.With(signOffs: [signOff])).Single();

        Assert.Equal(ItemStatus.Pending, evidence.Status);
        Assert.Equal("the sign-off by Grace is for commit fedcba987654, not the current 0123456789ab", evidence.Reason);
    }

    [Fact]
    public void A_missing_sign_off_says_how_to_give_one()
    {
        var evidence = Gates.Decide(Items.SignOff.TechLead).Single();

        Assert.Equal("no sign-off by tech-lead; run ./build.sh SignOff --role tech-lead --name \"<name>\"", evidence.Reason);
    }

    [Fact]
    public void Pending_cannot_be_waived()
    {
        var verdict = Gates.Decide(Drill, governance: Gates.With(waivers: [Fixed.ItemWaiver(Drill, 10)]));

        Assert.Equal(ItemStatus.Pending, verdict.Single().Status);
        Assert.False(verdict.Passed);
    }
}
