namespace Pipeline.Readiness;

/// <summary>What a build's gate enforces: the checklist (seed items plus the team's), the checks registered per
/// item, and where reports go. Built in <c>ReadinessBuild.ConfigureReadiness</c>.</summary>
public sealed class ReadinessSetup
{
    private readonly List<(ChecklistItem Item, ReadinessCheck Check)> _checks = [];

    /// <summary>The checklist; add, override or disable items here.</summary>
    public Checklist Checklist { get; } = new();

    /// <summary>The name that replaces <c>{{ project_slug }}</c> in <c>report.md</c> (default: the root folder's name).</summary>
    public string? ProjectName { get; set; }

    /// <summary>The report folder, relative to the root.</summary>
    public string ReportDirectory { get; set; } = DefaultReportDirectory;

    /// <summary><c>artifacts/readiness</c>.</summary>
    public static string DefaultReportDirectory { get; } = Path.Combine("artifacts", "readiness");

    /// <summary>The checks, in registration order.</summary>
    public IReadOnlyList<(ChecklistItem Item, ReadinessCheck Check)> Checks => _checks;

    /// <summary>Registers a check that decides <paramref name="item"/> (several checks may decide one item).</summary>
    public ReadinessSetup Check(ChecklistItem item, ReadinessCheck check)
    {
        var entry = Checklist.Find(item.Id);
        if (entry.Binding is not CheckBinding)
        {
            throw new ArgumentException($"Item '{item.Id}' is decided by {entry.Binding.GetType().Name.Replace("Binding", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}, not by checks; override the item to bind it to checks.", nameof(item));
        }

        _checks.Add((entry, check));
        return this;
    }

    /// <summary>Registers each check whose item has no check yet (what the <c>AddX</c> extensions use, so that a
    /// team's own check for an item always wins).</summary>
    public ReadinessSetup AddMissing(params (ChecklistItem Item, ReadinessCheck Check)[] checks)
    {
        var taken = _checks.Select(c => c.Item.Id).ToHashSet();
        foreach (var (item, check) in checks.Where(c => !taken.Contains(c.Item.Id)))
        {
            Check(item, check);
        }

        return this;
    }

    /// <summary>Marks an item as not applicable, with the reason the reports show.</summary>
    public ReadinessSetup Disable(ChecklistItem item, string reason)
    {
        Checklist.Disable(item, reason);
        return this;
    }

    /// <summary>Marks a whole category as not applicable, with the reason the reports show.</summary>
    public ReadinessSetup Disable(ReadinessCategory category, string reason)
    {
        Checklist.Disable(category, reason);
        return this;
    }

    /// <summary>Adds a team item.</summary>
    public ReadinessSetup Add(ChecklistItem item)
    {
        Checklist.Add(item);
        return this;
    }
}
