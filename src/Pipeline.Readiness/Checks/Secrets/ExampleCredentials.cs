using System.Text;
using System.Text.Json;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Credentials that vendors publish in their documentation, which projects copy into tests and docs: they
/// open nothing, so they are never findings. AWS's documented keys spell EXAMPLE and are placeholders already.</summary>
internal static class ExampleCredentials
{
    private static readonly HashSet<string> Published = new(StringComparer.Ordinal)
    {
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc", // pipeline:allow Stripe's documented test key
        "pk_test_TYooMQauvdEDq54NiTphI7jx", // pipeline:allow Stripe's documented publishable test key
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2", // pipeline:allow Stripe's older documented test key
    };

    /// <summary>Whether <paramref name="value"/> is a vendor's published example: one of the documented keys, or a
    /// JWT whose claims are jwt.io's sample (<c>"sub":"1234567890","name":"John Doe"</c>), whatever it was signed with.</summary>
    public static bool IsPublished(string value) => Published.Contains(value) || IsJwtIoSample(value);

    private static bool IsJwtIoSample(string value)
    {
        var parts = value.Split('.');
        if (parts.Length != 3 || !parts[1].StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var claims = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
            return claims.RootElement.ValueKind == JsonValueKind.Object
                && claims.RootElement.TryGetProperty("sub", out var subject) && subject.ValueKind == JsonValueKind.String && subject.GetString() == "1234567890"
                && claims.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "John Doe";
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }
}
