namespace Pipeline.Readiness;

/// <summary>The checklist a build enforces: the seed's items, plus the team's own, with overrides and disabled
/// items (a disabled item needs a reason and shows as Not applicable).</summary>
internal sealed class Checklist
{
    private readonly List<ChecklistItem> _items;
    private readonly Dictionary<string, string> _disabled = [];

    /// <summary>Starts from the given items (default: every seed item).</summary>
    public Checklist(IEnumerable<ChecklistItem>? items = null) => _items = [.. items ?? Items.All];

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<ChecklistItem> Entries => _items;

    /// <summary>Disabled item ids with their reasons.</summary>
    public IReadOnlyDictionary<string, string> Disabled => _disabled;

    /// <summary>Adds a team item; its id must be new.</summary>
    public Checklist Add(ChecklistItem item)
    {
        if (_items.Any(i => i.Id == item.Id))
        {
            throw new ArgumentException($"Checklist item '{item.Id}' already exists; use Override to change it.", nameof(item));
        }

        _items.Add(item);
        return this;
    }

    /// <summary>Replaces the item with the same id (to change its binding, title or section).</summary>
    public Checklist Override(ChecklistItem item)
    {
        var index = _items.FindIndex(i => i.Id == item.Id);
        _items[index >= 0 ? index : throw new ArgumentException($"Unknown checklist item '{item.Id}'.", nameof(item))] = item;
        return this;
    }

    /// <summary>Marks an item as not applicable, for a reason that the reports show.</summary>
    public Checklist Disable(ChecklistItem item, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _disabled[Find(item.Id).Id] = reason;
        return this;
    }

    /// <summary>Marks every item of a category as not applicable, for a reason.</summary>
    public Checklist Disable(ReadinessCategory category, string reason)
    {
        foreach (var item in _items.Where(i => i.Category == category))
        {
            Disable(item, reason);
        }

        return this;
    }

    /// <summary>The item with the given id.</summary>
    public ChecklistItem Find(string id) =>
        _items.FirstOrDefault(i => i.Id == id) ?? throw new ArgumentException($"Unknown checklist item '{id}'.", nameof(id));
}
