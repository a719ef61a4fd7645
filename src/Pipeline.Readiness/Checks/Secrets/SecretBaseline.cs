using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.IO;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Known, accepted secrets (a legacy baseline): <c>{"fingerprints": ["…"]}</c>, keyed by rule and keyed hash
/// of the secret, so moving code does not churn it and a new secret in the same place is still caught. Entries in the
/// unkeyed form of earlier versions still count; the check then writes the migrated baseline beside its reports and
/// says to replace the committed one with it (the old entries are never printed).</summary>
internal sealed class SecretBaseline
{
    private readonly IReadOnlyList<string> _entries;
    private readonly HashSet<string> _set;

    private SecretBaseline(IReadOnlyList<string> entries) => (_entries, _set) = (entries, [.. entries]);

    public static SecretBaseline Read(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        if (!RepositoryTree.ExistsToRead(root, relative))
        {
            return new SecretBaseline([]);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new SecretBaseline([.. document.RootElement.GetProperty("fingerprints").EnumerateArray().Select(f => f.GetString()!)]);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{relative}: expected {{\"fingerprints\": [\"…\"]}}: {exception.Message}", exception);
        }
    }

    /// <summary>The matches the baseline accepts, in either fingerprint form.</summary>
    public HashSet<SecretMatch> Accepts(IEnumerable<SecretMatch> matches) =>
        [.. matches.Where(m => _set.Contains(m.Fingerprint) || _set.Contains(SecretFingerprints.Unkeyed(m.Rule.Id, m.Secret)))];

    /// <summary>When entries of the unkeyed form matched: the migrated baseline (each replaced by its keyed
    /// fingerprint) written under the report folder, and a warning on the baseline file saying so.</summary>
    public IEnumerable<Finding> Migration(CheckContext context, IEnumerable<SecretMatch> matches, string relative)
    {
        var replacements = new Dictionary<string, string>();
        foreach (var match in matches)
        {
            var unkeyed = SecretFingerprints.Unkeyed(match.Rule.Id, match.Secret);
            if (_set.Contains(unkeyed) && !_set.Contains(match.Fingerprint))
            {
                replacements[unkeyed] = match.Fingerprint;
            }
        }

        if (replacements.Count == 0)
        {
            yield break;
        }

        var migrated = context.Artifact("secrets-baseline.migrated.json");
        AtomicFile.WriteAllText(migrated, new JsonObject
        {
            ["fingerprints"] = new JsonArray([.. _entries.Select(e => replacements.GetValueOrDefault(e, e)).Distinct().Select(e => (JsonNode?)e)]),
        }.ToJsonString(EvidenceJson.Indented) + "\n");
        yield return Finding.Create("secret.baseline-unkeyed", FindingSeverity.Warning, relative, 1,
            $"{replacements.Count} entr{(replacements.Count == 1 ? "y uses" : "ies use")} the old unkeyed fingerprint, which a weak secret can be guessed from; replace {relative} with {context.Relative(migrated)} and commit it",
            relative);
    }
}
