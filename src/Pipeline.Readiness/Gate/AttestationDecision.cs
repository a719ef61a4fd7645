namespace Pipeline.Readiness;

/// <summary>Decides a human item from its newest attestation by the bound role: missing, future-dated or
/// expired is Pending.</summary>
internal static class AttestationDecision
{
    public static ItemEvidence Decide(ChecklistItem item, AttestationBinding binding, IReadOnlyList<Attestation> attestations, string commit, DateOnly today)
    {
        var role = SignOffRoles.Name(binding.Role);
        var latest = attestations.Where(a => a.Item == item.Id && a.Role == binding.Role).MaxBy(a => a.Date);
        if (latest is null)
        {
            return new ItemEvidence(item, ItemStatus.Pending, $"no attestation by {role} in {GovernancePaths.Attestations}", "attestation", commit);
        }

        var expires = latest.Expires ?? latest.Date.AddDays(binding.ValidityDays);
        var (status, reason) = latest.Date > today
            ? (ItemStatus.Pending, $"the attestation by {latest.By} is dated {latest.Date:yyyy-MM-dd}, in the future")
            : expires < today
                ? (ItemStatus.Pending, $"the attestation by {latest.By} ({role}) of {latest.Date:yyyy-MM-dd} expired on {expires:yyyy-MM-dd}")
                : (ItemStatus.Passed, $"attested by {latest.By} ({role}) on {latest.Date:yyyy-MM-dd}, valid until {expires:yyyy-MM-dd}: {latest.Evidence}");
        return new ItemEvidence(item, status, reason, "attestation", commit) { Attestation = latest };
    }
}
