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

    public static IEnumerable<Finding> Layers(ImageArchive image, SecretScanner scanner)
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

            if (file.Content is { } content)
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

    /// <summary>The OS package inventory of the final filesystem: dpkg's status (installed packages) and apk's database.</summary>
    public static List<(string Family, string Name, string Version)> OsPackages(ImageArchive image)
    {
        var packages = new List<(string, string, string)>();
        foreach (var file in image.Files.Where(f => f.DeletedInLayer is null && f.Content is not null && f.Path is "var/lib/dpkg/status" or "lib/apk/db/installed"))
        {
            var debian = file.Path.StartsWith("var/", StringComparison.Ordinal);
            foreach (var block in Encoding.UTF8.GetString(file.Content!).ReplaceLineEndings("\n").Split("\n\n"))
            {
                var fields = block.Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal))
                    .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
                    .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);
                var (name, version) = debian ? (fields.GetValueOrDefault("Package"), fields.GetValueOrDefault("Version")) : (fields.GetValueOrDefault("P"), fields.GetValueOrDefault("V"));
                if (name is not null && version is not null && (!debian || fields.GetValueOrDefault("Status")?.EndsWith("installed", StringComparison.Ordinal) != false))
                {
                    packages.Add((debian ? "Debian" : "Alpine", name, version));
                }
            }
        }

        return packages;
    }

    /// <summary>OS packages matched against an offline OSV database.</summary>
    public static IEnumerable<Finding> OsAdvisories(List<(string Family, string Name, string Version)> packages, OsvDatabase database, AdvisorySeverity blocking) =>
        packages.SelectMany(p => database.MatchOs(p.Family, new ResolvedPackage("image", p.Name, p.Version)))
            .Select(a => new Finding("image.os-vulnerable", a.Severity >= blocking ? FindingSeverity.Error : FindingSeverity.Warning, null, null,
                $"OS package {a.Package} {a.Version}: {a.Severity.ToString().ToLowerInvariant()} severity advisory {a.AdvisoryId} ({a.Url})", $"{a.AdvisoryId}:{a.Package}"));

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static Finding Create(string rule, string image, string message, string content) =>
        Finding.Create(rule, FindingSeverity.Error, null, null, $"{image}: {message}", $"{image}:{content}");
}
