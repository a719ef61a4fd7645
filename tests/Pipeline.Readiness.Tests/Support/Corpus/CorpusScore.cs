using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pipeline.Readiness.Tests.Support.Corpus;

/// <summary>The gate's report on one repository against its expectations: items right of those the files settle, false
/// passes (passed where the files do not justify it, or for the wrong reason), false fails, and the secret findings
/// with how many are real (a finding nobody judged counts as not real).</summary>
internal sealed record CorpusScore(
    string Source, int Right, int Settled, IReadOnlyList<string> FalsePasses, IReadOnlyList<string> FalseFails, IReadOnlyList<string> Wrong,
    int SecretFindings, int RealSecrets, IReadOnlyList<string> UnjudgedSecrets, IReadOnlyList<string> MissedSecrets)
{
    /// <summary>Share of settled items decided right.</summary>
    public double Accuracy => Settled == 0 ? 1 : (double)Right / Settled;

    /// <summary>Share of secret findings that are real (1 when there are none).</summary>
    public double SecretPrecision => SecretFindings == 0 ? 1 : (double)RealSecrets / SecretFindings;

    /// <summary>Scores <paramref name="reportJson"/> (the gate's <c>report.json</c>) against <paramref name="expectations"/>.</summary>
    /// <exception cref="InvalidDataException">The report lacks an item the expectations name.</exception>
    public static CorpusScore Of(CorpusExpectations expectations, string reportJson)
    {
        using var report = JsonDocument.Parse(reportJson);
        var items = report.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.Clone());
        var (right, falsePasses, falseFails, wrong) = (0, new List<string>(), new List<string>(), new List<string>());
        foreach (var expected in expectations.Items)
        {
            if (!items.TryGetValue(expected.Item, out var item))
            {
                throw new InvalidDataException($"the report has no item {expected.Item}");
            }

            var status = item.GetProperty("status").GetString()!;
            var reason = item.GetProperty("reason").GetString() ?? "";
            var reasonHolds = expected.ReasonContains is null || reason.Contains(expected.ReasonContains, StringComparison.OrdinalIgnoreCase);
            var line = $"{expected.Item}: {status} (expected {expected.Status}{(expected.ReasonContains is { } must ? $", naming '{must}'" : "")}): {reason.Split('\n')[0]}";
            if (status == "passed" && (expected.Status != "passed" || !reasonHolds))
            {
                falsePasses.Add(line);
            }
            else if (status == "failed" && expected.Status is not "failed")
            {
                falseFails.Add(line);
            }

            if (!expected.Settled)
            {
                continue;
            }

            if (status == expected.Status && reasonHolds)
            {
                right++;
            }
            else if (!falsePasses.Contains(line) && !falseFails.Contains(line))
            {
                wrong.Add(line);
            }
        }

        var findings = items.Values.Where(i => i.GetProperty("id").GetString() == Items.Security.NoSecretsInCode.Id)
            .SelectMany(i => i.GetProperty("findings").EnumerateArray())
            .Where(f => f.GetProperty("rule").GetString()!.StartsWith("secret.", StringComparison.Ordinal))
            .Select(f => (File: f.GetProperty("file").GetString()!, Line: f.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : 0,
                Rule: f.GetProperty("rule").GetString()!))
            .ToList();
        var judged = findings.Select(f => (Finding: f, Judgement: expectations.Secrets.FirstOrDefault(s => s.File == f.File && s.Line == f.Line && s.Rule == f.Rule))).ToList();
        var missed = expectations.Secrets.Where(s => s.Real && !findings.Any(f => f.File == s.File && f.Line == s.Line)).Select(s => $"{s.File}:{s.Line} {s.Rule}").ToList();
        return new CorpusScore(expectations.Source, right, expectations.Items.Count(i => i.Settled), falsePasses, falseFails, wrong,
            findings.Count, judged.Count(j => j.Judgement is { Real: true }),
            [.. judged.Where(j => j.Judgement is null).Select(j => $"{j.Finding.File}:{j.Finding.Line} {j.Finding.Rule}")], missed);
    }

    /// <summary>One line of figures, then each false pass, false fail, wrong decision and unjudged finding.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"{Source}: {Right}/{Settled} settled items right ({Accuracy:P0}), {FalsePasses.Count} false passes, {FalseFails.Count} false fails, {SecretFindings} secret findings, {RealSecrets} real ({SecretPrecision:P0})"));
        foreach (var (label, lines) in new[] { ("false pass", FalsePasses), ("false fail", FalseFails), ("wrong", Wrong), ("unjudged secret", UnjudgedSecrets), ("missed secret", MissedSecrets) })
        {
            foreach (var line in lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  {label}: {line}");
            }
        }

        return text.ToString();
    }
}
