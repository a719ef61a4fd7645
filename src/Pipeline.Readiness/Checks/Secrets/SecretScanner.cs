using System.Buffers;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Finds credentials in text. A file is only run through a rule's pattern when one of the rule's keywords
/// occurs in it, so most files never meet a regex. Lines holding <c>pipeline:allow</c> are suppressed.</summary>
internal sealed class SecretScanner
{
    /// <summary>The marker that suppresses findings on its line.</summary>
    public const string AllowMarker = "pipeline:allow";

    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly SearchValues<string> _anyKeyword;
    private readonly SecretFingerprints _fingerprints;

    /// <summary>Scans with the given rules (default: <see cref="SecretRules.All"/>) and fingerprints (default: a key
    /// of this process only, <see cref="SecretFingerprints.Ephemeral"/>).</summary>
    /// <param name="rules">The rules; null for the built-in ones.</param>
    /// <param name="fingerprints">How matches are fingerprinted; null for this process's own key.</param>
    public SecretScanner(IReadOnlyList<SecretRule>? rules = null, SecretFingerprints? fingerprints = null)
    {
        _rules = rules ?? SecretRules.All;
        _fingerprints = fingerprints ?? SecretFingerprints.Ephemeral;
        _anyKeyword = SearchValues.Create([.. _rules.SelectMany(r => r.Keywords).Distinct()], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The same rules, fingerprinted with <paramref name="fingerprints"/>.</summary>
    /// <param name="fingerprints">The key to fingerprint matches with.</param>
    public SecretScanner With(SecretFingerprints fingerprints) => new(_rules, fingerprints);

    /// <summary>Every credential in <paramref name="text"/>, which was read from <paramref name="file"/>.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="file">Where it was read from, as findings show it.</param>
    public IEnumerable<SecretMatch> Scan(string text, string file) => Scan(text, file, new ScanWindow(1, text.Length, Binary: false));

    /// <summary>Scans one window of a file: its text starts at <see cref="ScanWindow.FirstLine"/>, and only matches
    /// that start before <see cref="ScanWindow.Owned"/> are its own (the rest of the text overlaps the next window, so
    /// a secret across the border is still found once). Binary text runs only the rules that scan binary files.</summary>
    internal IEnumerable<SecretMatch> Scan(string text, string file, ScanWindow window)
    {
        if (text.AsSpan().IndexOfAny(_anyKeyword) < 0)
        {
            yield break;
        }

        var kind = SecretFileKinds.Of(file);
        LineIndex? lines = null;
        var taken = new List<(int Start, int End)>(); // a secret found by an earlier, more specific rule is not found again
        foreach (var rule in _rules.Where(r => (!window.Binary || r.ScansBinary) && (r.FileKinds & kind) != 0))
        {
            if (!rule.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var match in rule.Pattern.Matches(text).Where(m => m.Groups["secret"].Success))
            {
                var secret = match.Groups["secret"];
                if (secret.Index >= window.Owned || taken.Any(t => secret.Index < t.End && t.Start < secret.Index + secret.Length))
                {
                    continue;
                }

                lines ??= new LineIndex(text);
                var (line, column) = lines.Locate(secret.Index);
                var lineText = lines.Text(line);
                if (!lineText.Contains(AllowMarker, StringComparison.Ordinal) && Accepts(rule, secret.Value, lineText, kind) && rule.LookAlike?.Invoke(match) != true)
                {
                    taken.Add((secret.Index, secret.Index + secret.Length));
                    yield return new SecretMatch(rule, file, window.FirstLine + line - 1, column, secret.Value) { Fingerprint = _fingerprints.Of(rule.Id, secret.Value) };
                }
            }
        }
    }

    private static bool Accepts(SecretRule rule, string secret, string line, SecretFileKind kind) =>
        (rule.MinimumEntropy is not { } minimum || SecretGates.Entropy(secret) >= minimum)
        && (!rule.RejectPlaceholders || !SecretGates.IsPlaceholder(secret))
        && (!rule.RejectIdentifiers || !(SecretGates.IsIdentifier(secret) || SecretGates.IsCodeExpression(secret) || SecretGates.IsUnsignedJwt(secret)))
        && !(kind == SecretFileKind.Documentation && rule.RejectPlaceholders && SecretGates.IsIllustrativePassword(secret))
        && !ExampleCredentials.IsPublished(secret)
        && (rule.LineContext is null || rule.LineContext.IsMatch(line));
}
