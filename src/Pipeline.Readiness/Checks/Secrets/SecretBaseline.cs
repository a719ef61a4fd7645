using System.Text.Json;

namespace Pipeline.Readiness;

/// <summary>Known, accepted secrets (a legacy baseline): <c>{"fingerprints": ["…"]}</c>, keyed by rule and hash of
/// the secret, so moving code does not churn it and a new secret in the same place is still caught.</summary>
internal static class SecretBaseline
{
    public static IReadOnlySet<string> Read(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            return new HashSet<string>();
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.GetProperty("fingerprints").EnumerateArray().Select(f => f.GetString()!).ToHashSet();
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{relative}: expected {{\"fingerprints\": [\"…\"]}}: {exception.Message}", exception);
        }
    }
}
