using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Governance;

public sealed class GovernanceReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-gov-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private GovernanceRecords Read(string file, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_root, "readiness"));
        File.WriteAllText(Path.Combine(_root, file), yaml);
        return GovernanceReader.Read(_root, Fixed.Today, Items.All.Select(i => i.Id).ToHashSet());
    }

    private string Problems(GovernanceRecords records) => string.Join("\n", records.Problems);

    [Fact]
    public void Missing_files_mean_no_records_and_no_problems()
    {
        var records = GovernanceReader.Read(_root, Fixed.Today, new HashSet<string>());

        Assert.Empty(records.Waivers);
        Assert.Empty(records.Attestations);
        Assert.Empty(records.SignOffs);
        Assert.Empty(records.Problems);
    }

    [Fact]
    public void Valid_files_are_read()
    {
        Read(GovernancePaths.Waivers, """
            waivers:
              - item: security.container-image-scanned
                reason: No engine on agents until January
                owner: jane
                approver: sec-lead
                expires: 2027-01-15
              - fingerprint: 971e03625d52f011
                reason: test fixture
                owner: jane
                approver: sec-lead
                expires: 2026-12-01
            """);
        var records = Read(GovernancePaths.Attestations, """
            attestations:
              - item: database.backup-tested
                by: Sam Ops
                role: operations
                date: 2026-11-01
                evidence: https://wiki.example/drills/2026-11-01
            """);

        Assert.Empty(records.Problems);
        Assert.Equal(2, records.Waivers.Count);
        Assert.Equal(new DateOnly(2027, 1, 15), records.Waivers[0].Expires);
        Assert.Equal("971e03625d52f011", records.Waivers[1].Fingerprint);
        Assert.Equal(SignOffRole.Operations, Assert.Single(records.Attestations).Role);
    }

    [Fact]
    public void Malformed_yaml_names_file_and_line()
    {
        var records = Read(GovernancePaths.Waivers, "waivers:\n  - item: security.tls\n    reason: [unclosed\n");

        Assert.StartsWith("readiness/waivers.yaml(", Problems(records));
        Assert.Contains("invalid YAML", Problems(records));
        Assert.Empty(records.Waivers);
    }

    [Fact]
    public void Missing_and_bad_fields_are_each_named_with_their_line()
    {
        var records = Read(GovernancePaths.Waivers, """
            waivers:
              - item: security.tls
                reason: pilot
                owner: jane
                expires: 15/01/2027
              - item: security.tlz
                reason: typo
                owner: jane
                approver: bob
                expires: 2026-12-01
                note: unexpected
            """);

        Assert.Equal("""
            readiness/waivers.yaml(2): field 'approver': is required
            readiness/waivers.yaml(5): field 'expires': '15/01/2027' is not a date; expected YYYY-MM-DD
            readiness/waivers.yaml(6): field 'item': unknown checklist item 'security.tlz'
            readiness/waivers.yaml(11): field 'note': unknown field; expected one of: item, fingerprint, reason, owner, approver, expires
            """.ReplaceLineEndings("\n"), Problems(records));
        Assert.Empty(records.Waivers);
    }

    [Fact]
    public void A_waiver_may_not_reach_more_than_90_days_ahead()
    {
        var records = Read(GovernancePaths.Waivers, """
            waivers:
              - item: security.tls
                reason: pilot
                owner: jane
                approver: bob
                expires: 2027-03-01
            """);

        Assert.Equal("readiness/waivers.yaml(6): field 'expires': 2027-03-01 is more than 90 days ahead (latest allowed: 2027-02-22)", Problems(records));
    }

    [Fact]
    public void A_waiver_needs_exactly_one_of_item_or_fingerprint()
    {
        var records = Read(GovernancePaths.Waivers, """
            waivers:
              - reason: pilot
                owner: jane
                approver: bob
                expires: 2026-12-01
            """);

        Assert.Equal("readiness/waivers.yaml(2): field 'item': give exactly one of 'item' or 'fingerprint'", Problems(records));
    }

    [Fact]
    public void Unknown_roles_and_wrong_shapes_are_problems()
    {
        var records = Read(GovernancePaths.SignOffs, """
            signoffs:
              - role: manager
                name: Pat
                date: 2026-11-20
                commit: 0123456789abcdef
              - just a string
            """);

        Assert.Contains("readiness/signoffs.yaml(2): field 'role': 'manager' is not a role; expected one of: developer, tech-lead, security, operations", Problems(records));
        Assert.Contains("readiness/signoffs.yaml(6): expected an entry with fields", Problems(records));
    }

    [Fact]
    public void A_file_without_its_list_key_is_a_problem()
    {
        var records = Read(GovernancePaths.Attestations, "items:\n  - item: database.backup-tested\n");

        Assert.Equal("readiness/attestations.yaml(1): field 'attestations': expected 'attestations:' with a list of entries", Problems(records));
    }

    [Fact]
    public void An_entry_with_an_unknown_field_is_not_used()
    {
        var records = Read(GovernancePaths.Waivers, """
            waivers:
              - item: security.tls
                reason: pilot
                owner: jane
                approver: bob
                expires: 2026-12-01
                expiry: 2026-12-02
            """);

        Assert.Single(records.Problems);
        Assert.Empty(records.Waivers);
    }
}
