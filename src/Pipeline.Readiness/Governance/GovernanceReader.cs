namespace Pipeline.Readiness;

/// <summary>Reads and validates the governance files. Every problem names file, line and field.</summary>
internal static class GovernanceReader
{
    public const int MaximumWaiverDays = 90;

    public static GovernanceRecords Read(string root, DateOnly today, IReadOnlySet<string> itemIds)
    {
        var problems = new List<GovernanceProblem>();
        var waivers = ReadWaivers(root, today, itemIds, problems);
        var attestations = ReadAttestations(root, itemIds, problems);
        var signOffs = ReadSignOffs(root, problems);
        return new GovernanceRecords(waivers, attestations, signOffs, [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)]);
    }

    private static List<Waiver> ReadWaivers(string root, DateOnly today, IReadOnlySet<string> itemIds, List<GovernanceProblem> problems)
    {
        var fields = new HashSet<string> { "item", "fingerprint", "reason", "owner", "approver", "expires" };
        var waivers = new List<Waiver>();
        foreach (var record in Records(root, GovernancePaths.Waivers, "waivers", fields, problems))
        {
            var count = problems.Count;
            var (item, fingerprint) = (record.Optional("item"), record.Optional("fingerprint"));
            if ((item is null) == (fingerprint is null))
            {
                problems.Add(new GovernanceProblem(record.File, record.Line, "item", "give exactly one of 'item' or 'fingerprint'"));
            }

            CheckItem(record, item, itemIds, problems);
            var (reason, owner, approver) = (record.Required("reason", problems), record.Required("owner", problems), record.Required("approver", problems));
            var expires = record.Date("expires", required: true, problems);
            if (expires is { } date && date > today.AddDays(MaximumWaiverDays))
            {
                problems.Add(new GovernanceProblem(record.File, record.LineOf("expires"), "expires",
                    $"{date:yyyy-MM-dd} is more than {MaximumWaiverDays} days ahead (latest allowed: {today.AddDays(MaximumWaiverDays):yyyy-MM-dd})"));
            }

            if (problems.Count == count && !record.Malformed)
            {
                waivers.Add(new Waiver(item, fingerprint, reason!, owner!, approver!, expires!.Value, record.File, record.Line));
            }
        }

        return waivers;
    }

    private static List<Attestation> ReadAttestations(string root, IReadOnlySet<string> itemIds, List<GovernanceProblem> problems)
    {
        var fields = new HashSet<string> { "item", "by", "role", "date", "evidence", "expires" };
        var attestations = new List<Attestation>();
        foreach (var record in Records(root, GovernancePaths.Attestations, "attestations", fields, problems))
        {
            var count = problems.Count;
            var item = record.Required("item", problems);
            CheckItem(record, item, itemIds, problems);
            var (by, evidence) = (record.Required("by", problems), record.Required("evidence", problems));
            var role = Role(record, problems);
            var (date, expires) = (record.Date("date", required: true, problems), record.Date("expires", required: false, problems));
            if (problems.Count == count && !record.Malformed)
            {
                attestations.Add(new Attestation(item!, by!, role!.Value, date!.Value, evidence!, expires, record.File, record.Line));
            }
        }

        return attestations;
    }

    private static List<SignOff> ReadSignOffs(string root, List<GovernanceProblem> problems)
    {
        var fields = new HashSet<string> { "role", "name", "date", "commit" };
        var signOffs = new List<SignOff>();
        foreach (var record in Records(root, GovernancePaths.SignOffs, "signoffs", fields, problems))
        {
            var count = problems.Count;
            var role = Role(record, problems);
            var (name, commit) = (record.Required("name", problems), record.Required("commit", problems));
            var date = record.Date("date", required: true, problems);
            if (commit is not null && !SignOff.IsFullCommitId(commit))
            {
                problems.Add(new GovernanceProblem(record.File, record.LineOf("commit"), "commit",
                    $"'{commit}' is not a full commit id (40 hex digits); a sign-off counts only for the commit it names: run ./build.sh SignOff, or record what git rev-parse HEAD prints"));
            }

            if (problems.Count == count && !record.Malformed)
            {
                signOffs.Add(new SignOff(role!.Value, name!, date!.Value, commit!.ToLowerInvariant(), record.File, record.LineOf("commit")));
            }
        }

        return signOffs;
    }

    private static IReadOnlyList<YamlRecord> Records(string root, string relative, string key, IReadOnlySet<string> fields, List<GovernanceProblem> problems) =>
        YamlRecordReader.Read(root, relative, key, fields, problems);

    private static SignOffRole? Role(YamlRecord record, List<GovernanceProblem> problems)
    {
        if (record.Required("role", problems) is not { } text)
        {
            return null;
        }

        var role = SignOffRoles.Parse(text);
        if (role is null)
        {
            problems.Add(new GovernanceProblem(record.File, record.LineOf("role"), "role",
                $"'{text}' is not a role; expected one of: {string.Join(", ", Enum.GetValues<SignOffRole>().Select(SignOffRoles.Name))}"));
        }

        return role;
    }

    private static void CheckItem(YamlRecord record, string? item, IReadOnlySet<string> itemIds, List<GovernanceProblem> problems)
    {
        if (item is not null && !itemIds.Contains(item))
        {
            problems.Add(new GovernanceProblem(record.File, record.LineOf("item"), "item", $"unknown checklist item '{item}'"));
        }
    }
}
