namespace Pipeline.Readiness.Tests.Catalog;

public sealed class SeedMappingTests
{
    private static readonly IReadOnlyList<SeedLine> Lines = SeedChecklist.CheckboxLines(SeedChecklist.Text);

    [Fact]
    public void The_embedded_seed_has_every_section_of_the_checklist()
    {
        Assert.Equal(81, Lines.Count);
        Assert.Equal(["Security", "Configuration", "Database", "Monitoring & Alerting", "Operations", "Testing", "Post-Launch"],
            Lines.Select(l => l.Heading).Distinct());
    }

    [Fact]
    public void Every_checkbox_line_of_the_seed_maps_to_exactly_one_item()
    {
        foreach (var line in Lines)
        {
            var matches = Items.All.Count(i => i.Section == line.Section && i.Title == line.Title);
            Assert.True(matches == 1, $"seed line {line.Index + 1} '{line.Title}' in '{line.Section}' matches {matches} items");
        }
    }

    [Fact]
    public void Every_item_outside_pre_launch_and_sign_off_stands_for_exactly_one_seed_line()
    {
        foreach (var item in Items.All.Where(i => i.Category is not (ReadinessCategory.PreLaunch or ReadinessCategory.SignOff)))
        {
            Assert.Single(Lines, l => SeedChecklist.ItemFor(l, [item]) is not null);
        }
    }

    [Fact]
    public void Pre_launch_commands_and_sign_off_roles_are_items_too()
    {
        var commands = SeedChecklist.Text.Split('\n').Count(l => l.StartsWith("uv run ", StringComparison.Ordinal) || l.StartsWith("python -c", StringComparison.Ordinal));

        Assert.Equal(commands, Items.All.Count(i => i.Category == ReadinessCategory.PreLaunch));
        Assert.Equal(["Developer", "Tech Lead", "Security", "Operations"], Items.All.Where(i => i.Category == ReadinessCategory.SignOff).Select(i => i.Title));
        Assert.All(Items.All.Where(i => i.Category == ReadinessCategory.SignOff), i => Assert.IsType<SignOffBinding>(i.Binding));
    }

    [Fact]
    public void Ids_are_unique_and_prefixed_by_their_category()
    {
        Assert.Equal(Items.All.Count, Items.All.Select(i => i.Id).Distinct().Count());
        Assert.All(Items.All, i => Assert.Matches($"^{Prefix(i.Category)}\\.[a-z0-9-]+$", i.Id));
    }

    [Fact]
    public void Human_items_are_attestations_and_post_launch_items_never_gate()
    {
        Assert.IsType<AttestationBinding>(Items.Database.BackupTested.Binding);
        Assert.IsType<AttestationBinding>(Items.Monitoring.OnCallRotation.Binding);
        Assert.IsType<AttestationBinding>(Items.Operations.RecoveryTested.Binding);
        Assert.All(Items.All.Where(i => i.Category == ReadinessCategory.PostLaunch), i => Assert.False(i.Gates));
    }

    private static string Prefix(ReadinessCategory category) => category.ToString().ToLowerInvariant();
}
