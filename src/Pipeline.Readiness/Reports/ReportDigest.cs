using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness;

/// <summary>The digest that makes <c>report.json</c> tamper-evident: SHA-256 over a canonical form of the report
/// without its <c>digest</c> field (object keys sorted ordinally, no white space), so layout does not matter and any
/// change of content does. One file, compiled into the gate and into the MSBuild task that verifies it.</summary>
internal static class ReportDigest
{
    public const string Field = "digest";

    /// <summary>The checklist's version: <c>sha256:</c> and the hex digest of its ordinally sorted item ids, one per line.</summary>
    public static string ChecklistVersionOf(IEnumerable<string> itemIds) => OfLines(itemIds);

    /// <summary><c>sha256:</c> and the hex digest of <paramref name="lines"/>, ordinally sorted, one per line.</summary>
    public static string OfLines(IEnumerable<string> lines) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines.Order(StringComparer.Ordinal)))));

    public static string Of(JsonObject report)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, report, skipDigest: true);
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, bool skipDigest = false)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, child) in obj.Where(p => !(skipDigest && p.Key == Field)).OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, child);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var element in array)
                {
                    Write(writer, element);
                }

                writer.WriteEndArray();
                break;
            default:
                var value = node.AsValue();
                if (value.GetValueKind() == JsonValueKind.String)
                {
                    writer.WriteStringValue(value.GetValue<string>());
                }
                else
                {
                    writer.WriteRawValue(Encoding.UTF8.GetBytes(value.ToJsonString()), skipInputValidation: false);
                }

                break;
        }
    }
}
