using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>"Database credentials rotated: initial credentials changed from defaults", as far as the repository shows
/// it: a default user and password (<c>postgres:postgres</c>, <c>sa</c>/<c>password</c>, <c>changethis</c>, a password
/// equal to the user) in a database URL, a connection string or a <c>*_PASSWORD</c> value of a deployment file that
/// production gets fails the item (a default in code is the developer's); none leaves it an Error, since rotation itself is not in the repository (an attestation decides it).</summary>
internal static partial class CredentialRules
{
    /// <summary>The rule.</summary>
    public static Task<CheckResult> DatabaseCredentialsRotated(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        // A default in code is the developer's database (the database URL rule fails it when production would get it).
        var defaults = view.Winners.Where(e => e.Reference is null && e.Kind != ConfigurationLayerKind.Default && IsDefault(e)).ToList();
        if (defaults.Count > 0)
        {
            var findings = defaults.Select(e => Finding.Create("config.default-credentials", FindingSeverity.Error, e.FindingFile, e.FindingLine,
                $"{e.Key} at {e.Source} holds a default user and password: change the initial credentials and keep them in a secret store", e.Key)).ToList();
            return Task.FromResult(CheckResult.Failed(defaults.Count, string.Join("; ", findings.Select(f => f.Message)), [.. findings]));
        }

        return Task.FromResult(CheckResult.Error(
            $"no default database credentials in the configuration production gets ({(view.Sources.Count == 0 ? "no configuration file found" : "read " + string.Join(", ", view.Sources.Take(4)))}), "
            + "but whether the initial credentials were rotated is not in the repository: let an attestation decide the item "
            + "(setup.Override(Items.Security.DatabaseCredentialsRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) }))"));
    }

    /// <summary>Whether the entry's value holds a default credential: the user and password of a URL or keyword
    /// connection string, or the value of a password key. A variable reference (<c>${POSTGRES_PASSWORD}</c>) is not one.</summary>
    public static bool IsDefault(ConfigurationEntry entry)
    {
        var value = entry.Value.Trim();
        if (UrlCredentials().Match(value) is { Success: true } url)
        {
            return IsDefault(Uri.UnescapeDataString(url.Groups["user"].Value), Uri.UnescapeDataString(url.Groups["password"].Value));
        }

        if (KeywordPassword().Match(value) is { Success: true } keywords)
        {
            return IsDefault(KeywordUser().Match(value).Groups["user"].Value.Trim(), keywords.Groups["password"].Value.Trim());
        }

        return PasswordKey().IsMatch(entry.Key) && value.Length > 0 && !value.StartsWith('$') && IsDefault(string.Empty, value);
    }

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase) { "changeme", "changethis", "changeit", "password1", "123456" };

    private static bool IsDefault(string user, string password) => Secrets.SecretGates.IsDefaultCredential(user, password) || Placeholders.Contains(password);

    [GeneratedRegex(@"://(?<user>[^:/@\s]+):(?<password>[^@\s$]+)@")]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?i)\b(?:password|pwd)\s*=\s*(?<password>[^;]+)")]
    private static partial Regex KeywordPassword();

    [GeneratedRegex(@"(?i)\b(?:user id|uid|username|user)\s*=\s*(?<user>[^;]*)")]
    private static partial Regex KeywordUser();

    [GeneratedRegex(@"(?i)(?:PASSWORD|PASSWD|_PASS)$")]
    private static partial Regex PasswordKey();
}
