using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Scans the lines added in git history since a ref (<c>git log -p --unified=0 REF..HEAD</c>), so a
/// secret committed and later deleted is still found. A ref that does not exist is an error, not an empty scan.</summary>
internal static partial class HistoryScanner
{
    public static async Task<(List<SecretMatch> Matches, int Commits)> ScanAsync(CheckContext context, SecretScanner scanner, string since)
    {
        var log = await Git.RunAsync(context.Processes, context.Root,
            ["log", "-p", "--unified=0", "--no-color", "--no-ext-diff", "--format=commit %H", $"{since}..HEAD"], context.Cancellation).ConfigureAwait(false);
        if (log is not { ExitCode: 0 })
        {
            throw new InvalidOperationException($"git history since '{since}' could not be read: {log?.StandardError.Trim() ?? "git is not available"}");
        }

        var matches = new List<SecretMatch>();
        var (commit, file, line, commits) = (string.Empty, string.Empty, 0, 0);
        foreach (var text in log.StandardOutput.Split('\n'))
        {
            if (text.StartsWith("commit ", StringComparison.Ordinal))
            {
                (commit, commits) = (text[7..Math.Min(text.Length, 19)], commits + 1);
            }
            else if (text.StartsWith("+++ ", StringComparison.Ordinal))
            {
                file = text.StartsWith("+++ b/", StringComparison.Ordinal) ? text[6..] : string.Empty;
            }
            else if (Hunk().Match(text) is { Success: true } hunk)
            {
                line = int.Parse(hunk.Groups["line"].Value, CultureInfo.InvariantCulture);
            }
            else if (text.StartsWith('+') && file.Length > 0)
            {
                matches.AddRange(scanner.Scan(text[1..], $"{file}@{commit}").Select(m => m with { Line = line }));
                line++;
            }
        }

        return (matches, commits);
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<line>\d+)(?:,\d+)? @@")]
    private static partial Regex Hunk();
}
