using System.Text.Json.Nodes;

namespace Pipeline.Readiness;

/// <summary>Renders <c>readiness.sarif</c> (SARIF 2.1.0): one result per finding, with repository-relative
/// locations and the content fingerprint as a partial fingerprint; rules are the findings' rule ids.</summary>
internal static class SarifReport
{
    public static string Render(ReadinessVerdict verdict, string toolVersion)
    {
        var findings = verdict.Items.SelectMany(i => i.Findings.Select(f => (Item: i, Finding: f))).ToList();
        var rules = findings.Select(f => f.Finding.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "Pipeline.Readiness",
                        ["version"] = toolVersion,
                        ["rules"] = new JsonArray([.. rules.Select(r => new JsonObject { ["id"] = r, ["shortDescription"] = new JsonObject { ["text"] = r } })]),
                    },
                },
                ["originalUriBaseIds"] = new JsonObject { ["SRCROOT"] = new JsonObject { ["description"] = new JsonObject { ["text"] = "The repository root." } } },
                ["results"] = new JsonArray([.. findings.Select(f => Result(f.Item, f.Finding, rules))]),
                ["properties"] = new JsonObject { ["commit"] = verdict.Commit, ["verdict"] = verdict.Passed ? "passed" : "refused" },
            }),
        };
        return sarif.ToJsonString(EvidenceJson.Indented) + "\n";
    }

    private static JsonObject Result(ItemEvidence item, Finding finding, List<string> rules)
    {
        var result = new JsonObject
        {
            ["ruleId"] = finding.Rule,
            ["ruleIndex"] = rules.IndexOf(finding.Rule),
            ["level"] = finding.Severity switch { FindingSeverity.Error => "error", FindingSeverity.Warning => "warning", _ => "note" },
            ["message"] = new JsonObject { ["text"] = finding.Message },
            ["partialFingerprints"] = new JsonObject { ["pipelineFingerprint/v1"] = finding.Fingerprint },
            ["properties"] = new JsonObject { ["item"] = item.Item.Id, ["waived"] = item.WaivedFindings.Contains(finding.Fingerprint) },
        };
        if (finding.File is { } file)
        {
            var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = file, ["uriBaseId"] = "SRCROOT" } };
            if (finding.Line is { } line)
            {
                physical["region"] = new JsonObject { ["startLine"] = line };
            }

            result["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical });
        }

        if (item.WaivedFindings.Contains(finding.Fingerprint))
        {
            result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "external", ["justification"] = "waived in readiness/waivers.yaml" });
        }

        return result;
    }
}
