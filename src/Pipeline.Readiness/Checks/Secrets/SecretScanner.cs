using System.Buffers;

namespace Pipeline.Readiness;

/// <summary>Finds credentials in text. A file is only run through a rule's pattern when one of the rule's keywords
/// occurs in it, so most files never meet a regex. Lines holding <c>pipeline:allow</c> are suppressed.</summary>
public sealed class SecretScanner
{
    /// <summary>The marker that suppresses findings on its line.</summary>
    public const string AllowMarker = "pipeline:allow";

    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly SearchValues<string> _anyKeyword;

    /// <summary>Scans with the given rules (default: <see cref="SecretRules.All"/>).</summary>
    public SecretScanner(IReadOnlyList<SecretRule>? rules = null)
    {
        _rules = rules ?? SecretRules.All;
        _anyKeyword = SearchValues.Create([.. _rules.SelectMany(r => r.Keywords).Distinct()], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every credential in <paramref name="text"/>, which was read from <paramref name="file"/>.</summary>
    public IEnumerable<SecretMatch> Scan(string text, string file)
    {
        if (text.AsSpan().IndexOfAny(_anyKeyword) < 0)
        {
            yield break;
        }

        LineIndex? lines = null;
        var taken = new List<(int Start, int End)>(); // a secret found by an earlier, more specific rule is not found again
        foreach (var rule in _rules)
        {
            if (!rule.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var match in rule.Pattern.Matches(text).Where(m => m.Groups["secret"].Success))
            {
                var secret = match.Groups["secret"];
                if (taken.Any(t => secret.Index < t.End && t.Start < secret.Index + secret.Length))
                {
                    continue;
                }

                lines ??= new LineIndex(text);
                var (line, column) = lines.Locate(secret.Index);
                var lineText = lines.Text(line);
                if (!lineText.Contains(AllowMarker, StringComparison.Ordinal) && Accepts(rule, secret.Value, lineText))
                {
                    taken.Add((secret.Index, secret.Index + secret.Length));
                    yield return new SecretMatch(rule, file, line, column, secret.Value);
                }
            }
        }
    }

    private static bool Accepts(SecretRule rule, string secret, string line) =>
        (rule.MinimumEntropy is not { } minimum || SecretGates.Entropy(secret) >= minimum)
        && (!rule.RejectPlaceholders || !SecretGates.IsPlaceholder(secret))
        && (!rule.RejectIdentifiers || !secret.All(c => char.IsAsciiLetterLower(c) || c is '-' or '_' or '.'))
        && (rule.LineContext is null || rule.LineContext.IsMatch(line));
}
