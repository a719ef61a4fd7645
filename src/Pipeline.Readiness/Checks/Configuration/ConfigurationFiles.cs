using System.Text;
using System.Text.Json;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Reads deployment settings with their file and line: <c>KEY=VALUE</c> env files (comments, <c>export</c>
/// and quotes handled) and JSON files such as <c>appsettings.Production.json</c> (nested keys joined with <c>:</c>).
/// A file that does not parse throws, naming file and line.</summary>
internal static class ConfigurationFiles
{
    /// <summary>The entries of every file that exists, in order; later files win for the same key.</summary>
    public static IReadOnlyList<ConfigurationEntry> Read(string root, IEnumerable<string> files) =>
        [.. files.Where(f => RepositoryTree.ExistsToRead(root, f)).SelectMany(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Json(root, f) : EnvFile(root, f))];

    /// <summary>The <c>KEY=VALUE</c> lines of an env file, with file and line.</summary>
    public static IEnumerable<ConfigurationEntry> EnvFile(string root, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(root, file));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            line = line.StartsWith("export ", StringComparison.Ordinal) ? line[7..].TrimStart() : line;
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"{file}({i + 1}): expected KEY=VALUE"); // the line itself may hold a secret
            }

            var value = line[(equals + 1)..].Trim();
            value = value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
            yield return new ConfigurationEntry(line[..equals].Trim(), value, file, i + 1);
        }
    }

    private static List<ConfigurationEntry> Json(string root, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(root, file));
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string>();
        var entries = new List<ConfigurationEntry>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject when property is not null:
                        path.Add(property);
                        property = null;
                        break;
                    case JsonTokenType.EndObject when path.Count > 0:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False when property is not null:
                        var value = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                        entries.Add(new ConfigurationEntry(string.Join(':', path.Append(property)), value, file, LineOf(bytes, reader.TokenStartIndex)));
                        property = null;
                        break;
                    case JsonTokenType.StartArray:
                        reader.Skip();
                        property = null;
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            throw RepositoryFiles.NotValidJson(file, exception);
        }

        return entries;
    }

    private static int LineOf(byte[] bytes, long index) => 1 + bytes.AsSpan(0, (int)index).Count((byte)'\n');
}
