using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Image;

/// <summary>Static Dockerfile checks in the spirit of hadolint: the last USER is not root, FROM is pinned (a tag
/// other than latest, or a digest), COPY rather than ADD, a HEALTHCHECK, and no secrets in ARG or ENV.</summary>
internal static partial class DockerfileFindings
{
    /// <summary>The findings of <paramref name="text"/>; a FROM that names a build argument
    /// (<c>FROM ${BASE_IMAGE}</c>) is judged by the image it resolves to: the value <paramref name="buildArguments"/>
    /// gives, else the ARG's default.</summary>
    public static IEnumerable<Finding> Check(string file, string text, SecretScanner scanner, IReadOnlyDictionary<string, string>? buildArguments = null)
    {
        var instructions = Instructions(text).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, declaration, _) in instructions.TakeWhile(i => i.Keyword != "FROM").Where(i => i.Keyword == "ARG"))
        {
            var equals = declaration.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[declaration[..equals].Trim()] = declaration[(equals + 1)..].Trim().Trim('"', '\'');
            }
        }

        foreach (var (name, value) in buildArguments ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        Finding At(string rule, int line, string message) => Finding.Create(rule, FindingSeverity.Error, file, line, message, $"{rule}:{line}");
        var stages = instructions.Where(i => i.Keyword == "FROM").Select(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 3 && parts[^2].Equals("AS", StringComparison.OrdinalIgnoreCase)).Select(parts => parts[^1])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyword, arguments, line) in instructions)
        {
            if (keyword == "FROM")
            {
                var written = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).First(a => !a.StartsWith("--", StringComparison.Ordinal));
                var image = Variable().Replace(written, m => values.GetValueOrDefault(m.Groups["name"].Value) ?? (m.Groups["default"].Success ? m.Groups["default"].Value : ""));
                if (image.Length == 0 || image.Contains('$', StringComparison.Ordinal))
                {
                    yield return At("dockerfile.unpinned-from", line, $"FROM {written} names a build argument with no default: the base image is unknown");
                    continue;
                }

                var pinned = image.Contains('@', StringComparison.Ordinal) || (image.Split('/')[^1].Contains(':', StringComparison.Ordinal) && !image.EndsWith(":latest", StringComparison.Ordinal));
                if (!pinned && image != "scratch" && !stages.Contains(image))
                {
                    yield return At("dockerfile.unpinned-from", line, $"FROM {(written == image ? image : $"{written} ({image})")} is not pinned to a version or digest");
                }
            }
            else if (keyword == "ADD" && !arguments.Contains("://", StringComparison.Ordinal))
            {
                yield return At("dockerfile.add", line, "use COPY instead of ADD for local files");
            }
            else if (keyword is "ARG" or "ENV" && SecretAssignment().Match(arguments) is { Success: true } assignment)
            {
                yield return At("dockerfile.secret", line, $"{keyword} {assignment.Groups["name"].Value} bakes a secret into the image; use a build secret (RUN --mount=type=secret) or runtime configuration");
            }
            else if (keyword is "ARG" or "ENV" && scanner.Scan(arguments, file).FirstOrDefault() is { } secret)
            {
                yield return At("dockerfile.secret", line, $"{keyword} holds a {secret.Rule.Description}: {secret.Preview}");
            }
        }

        var lastUser = instructions.LastOrDefault(i => i.Keyword == "USER");
        if (lastUser.Keyword is null || lastUser.Arguments.Split(':')[0].Trim() is "root" or "0")
        {
            yield return At("dockerfile.root-user", lastUser.Line == 0 ? 1 : lastUser.Line, "the final USER is root; switch to a non-root user");
        }

        if (!instructions.Any(i => i.Keyword == "HEALTHCHECK" && !i.Arguments.Trim().Equals("NONE", StringComparison.OrdinalIgnoreCase)))
        {
            yield return At("dockerfile.no-healthcheck", 1, "no HEALTHCHECK instruction");
        }
    }

    private static IEnumerable<(string Keyword, string Arguments, int Line)> Instructions(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var (start, current) = (i + 1, lines[i].Trim());
            if (current.Length == 0 || current.StartsWith('#'))
            {
                continue;
            }

            while (current.EndsWith('\\') && i + 1 < lines.Length)
            {
                current = current[..^1] + " " + lines[++i].Trim();
            }

            var space = current.IndexOf(' ', StringComparison.Ordinal);
            yield return space < 0 ? (current.ToUpperInvariant(), string.Empty, start) : (current[..space].ToUpperInvariant(), current[(space + 1)..].Trim(), start);
        }
    }

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<default>[^}]*))?\}|\$(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();

    [GeneratedRegex(@"(?i)^(?<name>[A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)[A-Z0-9_]*)[= ]\s*[""']?(?<value>[^\s""'$][^\s""']{3,})")]
    private static partial Regex SecretAssignment();
}
