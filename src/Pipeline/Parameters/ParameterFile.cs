using System.Text;
using System.Text.Json;

namespace Pipeline.Parameters;

/// <summary>Reads a <c>.nuke/parameters*.json</c> file into named raw values, remembering each key's line.
/// Values are strings, numbers, booleans, null or arrays of those.</summary>
internal static class ParameterFile
{
    public static IReadOnlyList<ParameterFileEntry> Read(string path, string displayPath)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var entries = new List<ParameterFileEntry>();
        try
        {
            Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, "a JSON object", displayPath, bytes, 0);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                var line = LineAt(bytes, reader.TokenStartIndex);
                reader.Read();
                var values = ReadValue(ref reader, key, displayPath, bytes);
                entries.Add(new ParameterFileEntry(key, line, new RawValue($"{displayPath} (line {line})", values)));
            }
        }
        catch (JsonException exception)
        {
            throw new InvalidUsageException(
                $"{displayPath}({exception.LineNumber + 1}): invalid JSON: {exception.Message}");
        }

        return entries;
    }

    private static List<string>? ReadValue(ref Utf8JsonReader reader, string key, string path, byte[] bytes)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var items = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(Scalar(ref reader, key, path, bytes) ?? throw Error(path, bytes, reader, key, "arrays may not contain null"));
            }

            return items;
        }

        return Scalar(ref reader, key, path, bytes) is { } text ? [text] : null;
    }

    private static string? Scalar(ref Utf8JsonReader reader, string key, string path, byte[] bytes) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw Error(path, bytes, reader, key, "expected a string, number, boolean, null or an array of those"),
    };

    private static InvalidUsageException Error(string path, byte[] bytes, Utf8JsonReader reader, string key, string message) =>
        new($"{path}({LineAt(bytes, reader.TokenStartIndex)}): '{key}': {message}.");

    private static void Expect(bool condition, string what, string path, byte[] bytes, long index)
    {
        if (!condition)
        {
            throw new InvalidUsageException($"{path}({LineAt(bytes, index)}): expected {what}.");
        }
    }

    private static int LineAt(byte[] bytes, long index) =>
        1 + bytes.AsSpan(0, (int)Math.Min(index, bytes.Length)).Count((byte)'\n');
}
