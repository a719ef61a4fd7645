using System.Text;
using System.Text.Json;

namespace Pipeline.Readiness.Checks.Image;

/// <summary>What an image shows: root user, no HEALTHCHECK, secrets in ENV, labels or history, a <c>latest</c>
/// tag, unexpected ports, an oversized image; and in its layers (deleted files included) secrets, <c>.env</c>
/// files, private keys and <c>.git</c>.</summary>
internal static class ImageFindings
{
    private static readonly string[] SecretNames = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY"];

    public static IEnumerable<Finding> Config(ImageArchive image, ImageScanOptions options, SecretScanner scanner, string imageName)
    {
        var config = image.Config.TryGetProperty("config", out var c) ? c : default;
        string? Text(string name) => config.ValueKind == JsonValueKind.Object && config.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var user = Text("User");
        if (string.IsNullOrEmpty(user) || user.Split(':')[0] is "root" or "0")
        {
            yield return Create("image.user-root", imageName, $"the image runs as {(string.IsNullOrEmpty(user) ? "root (no USER)" : user)}; set a non-root USER", "user");
        }

        if (config.ValueKind != JsonValueKind.Object || !config.TryGetProperty("Healthcheck", out var health)
            || (health.TryGetProperty("Test", out var test) && test.ValueKind == JsonValueKind.Array && test.GetArrayLength() > 0 && test[0].GetString() == "NONE"))
        {
            yield return Create("image.no-healthcheck", imageName, "the image has no HEALTHCHECK", "healthcheck");
        }

        foreach (var variable in Array(config, "Env").Select(e => e.GetString()!))
        {
            var (key, value) = (variable.Split('=')[0], variable[(variable.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var secret = scanner.Scan(variable, "ENV").FirstOrDefault();
            if (secret is not null || (value.Length > 0 && SecretNames.Any(n => key.Contains(n, StringComparison.OrdinalIgnoreCase)) && !SecretGates.IsPlaceholder(value)))
            {
                yield return Create("image.secret-in-env", imageName, $"ENV {key} holds a secret ({secret?.Rule.Description ?? "secret-named variable with a value"})", key);
            }
        }

        var labels = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("Labels", out var l) && l.ValueKind == JsonValueKind.Object ? l.EnumerateObject().ToList() : [];
        foreach (var label in labels.Where(label => scanner.Scan($"{label.Name}=\"{label.Value.GetString()}\"", "LABEL").Any()))
        {
            yield return Create("image.secret-in-label", imageName, $"LABEL {label.Name} holds a secret", label.Name);
        }

        foreach (var (step, index) in Array(image.Config, "history").Select((h, i) => (h, i)))
        {
            if (step.TryGetProperty("created_by", out var command) && scanner.Scan(command.GetString()!, "history").FirstOrDefault() is { } secret)
            {
                yield return Create("image.secret-in-history", imageName, $"history step {index + 1} holds a {secret.Rule.Description}: {secret.Preview}", secret.Fingerprint);
            }
        }

        foreach (var tag in image.Tags.Where(t => t.EndsWith(":latest", StringComparison.Ordinal)))
        {
            yield return Create("image.latest-tag", imageName, $"tagged {tag}; release images carry an explicit version", tag);
        }

        var ports = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("ExposedPorts", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().Select(x => x.Name).Order(StringComparer.Ordinal).ToList() : [];
        if (options.ExpectedPorts is { } expected && !ports.SequenceEqual(expected.Order(StringComparer.Ordinal)))
        {
            yield return Create("image.ports", imageName, $"exposes [{string.Join(", ", ports)}], expected [{string.Join(", ", expected)}]", "ports");
        }

        if (image.Size > options.MaximumBytes)
        {
            yield return Create("image.size", imageName, $"the image holds {image.Size / 1024 / 1024} MiB, more than the budget of {options.MaximumBytes / 1024 / 1024} MiB", "size");
        }
    }

    public static IEnumerable<Finding> Layers(ImageArchive image, SecretScanner scanner, PackagedFiles packaged)
    {
        foreach (var file in image.Files)
        {
            var name = Path.GetFileName(file.Path);
            if (name == ".git" || file.Path.Contains("/.git/", StringComparison.Ordinal) || file.Path.StartsWith(".git/", StringComparison.Ordinal))
            {
                yield return Finding.Create("image.git-directory", FindingSeverity.Error, file.Path, null, $"{file.Location}: a .git directory ships in the image", file.Path);
                continue;
            }

            if ((name == ".env" || name.EndsWith(".env", StringComparison.Ordinal)) && file.Content is { Length: > 0 })
            {
                yield return Finding.Create("image.env-file", FindingSeverity.Error, file.Path, null, $"{file.Location}: a .env file ships in the image", file.Path);
            }

            if (file.Content is { } content && !packaged.IsUnchanged(file))
            {
                var binary = content.AsSpan(0, Math.Min(content.Length, 8000)).Contains((byte)0);
                var text = binary ? Encoding.Latin1.GetString(content) : Encoding.UTF8.GetString(content);
                foreach (var match in scanner.Scan(text, file.Path, new ScanWindow(1, text.Length, binary)))
                {
                    yield return new Finding(match.Rule.Id, FindingSeverity.Error, file.Path, match.Line, $"{file.Location}: {match.Rule.Description}: {match.Preview}", match.Fingerprint);
                }
            }
        }
    }

    /// <summary>OS packages matched against an offline OSV database, by the source package in the image's release.</summary>
    public static IEnumerable<Finding> OsAdvisories(IEnumerable<OsPackage> packages, OsvDatabase database, AdvisorySeverity blocking) =>
        packages.SelectMany(p => database.MatchOs(p.Ecosystem, new ResolvedPackage("image", p.Source, p.SourceVersion)).Select(a => (Package: p, Advisory: a)))
            .Select(m => new Finding("image.os-vulnerable", m.Advisory.Severity >= blocking ? FindingSeverity.Error : FindingSeverity.Warning, null, null,
                $"OS package {m.Package.Name} {m.Package.Version}{(m.Package.Source == m.Package.Name ? "" : $" (source {m.Package.Source})")}: {m.Advisory.Severity.ToString().ToLowerInvariant()} severity advisory {m.Advisory.AdvisoryId} ({m.Advisory.Url})",
                $"{m.Advisory.AdvisoryId}:{m.Package.Name}"));

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static Finding Create(string rule, string image, string message, string content) =>
        Finding.Create(rule, FindingSeverity.Error, null, null, $"{image}: {message}", $"{image}:{content}");
}
