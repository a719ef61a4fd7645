namespace Pipeline.Readiness;

/// <summary>The written forms of roles used in files and on the command line: <c>developer</c>, <c>tech-lead</c>,
/// <c>security</c>, <c>operations</c>.</summary>
internal static class SignOffRoles
{
    /// <summary>The kebab-case name of a role.</summary>
    public static string Name(SignOffRole role) => role switch
    {
        SignOffRole.TechLead => "tech-lead",
        _ => role.ToString().ToLowerInvariant(),
    };

    /// <summary>The seed's display name (Developer, Tech Lead, …).</summary>
    public static string Title(SignOffRole role) => role == SignOffRole.TechLead ? "Tech Lead" : role.ToString();

    /// <summary>Parses a written role; null when it is not one.</summary>
    public static SignOffRole? Parse(string text) =>
        Enum.GetValues<SignOffRole>().Cast<SignOffRole?>().FirstOrDefault(r => Name(r!.Value) == text.Trim().ToLowerInvariant());
}
