namespace Pipeline.Readiness;

/// <summary>One entry of a governance list: its line and its scalar fields, each with its own line; malformed when
/// it had unknown or non-scalar fields (already reported).</summary>
internal sealed record YamlRecord(string File, int Line, IReadOnlyDictionary<string, (string Value, int Line)> Fields, bool Malformed)
{
    public string? Optional(string field) => Fields.TryGetValue(field, out var f) && f.Value.Length > 0 ? f.Value : null;

    public int LineOf(string field) => Fields.TryGetValue(field, out var f) ? f.Line : Line;

    public string? Required(string field, List<GovernanceProblem> problems)
    {
        var value = Optional(field);
        if (value is null)
        {
            problems.Add(new GovernanceProblem(File, Line, field, "is required"));
        }

        return value;
    }

    public DateOnly? Date(string field, bool required, List<GovernanceProblem> problems)
    {
        var text = required ? Required(field, problems) : Optional(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date))
        {
            return date;
        }

        problems.Add(new GovernanceProblem(File, LineOf(field), field, $"'{text}' is not a date; expected YYYY-MM-DD"));
        return null;
    }
}
