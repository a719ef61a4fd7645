using System.Reflection;

namespace Pipeline.Readiness;

/// <summary>Every item of the seed checklist as a typed constant (<c>Items.Security.JwtAlgorithm</c>), in the
/// seed's order; <see cref="All"/> lists them.</summary>
public static partial class Items
{
    /// <summary>All seed items, in the order the seed lists them.</summary>
    public static IReadOnlyList<ChecklistItem> All { get; } = [.. typeof(Items).GetNestedTypes()
        .OrderBy(t => Enum.Parse<ReadinessCategory>(t.Name))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(ChecklistItem))
        .Select(f => (ChecklistItem)f.GetValue(null)!)];
}
