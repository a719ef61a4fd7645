using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness;

/// <summary>Turns evidence into JSON: one item (the evidence file and the entries of <c>report.json</c>).</summary>
internal static class EvidenceJson
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Item(ItemEvidence evidence)
    {
        var item = new JsonObject
        {
            ["id"] = evidence.Item.Id,
            ["category"] = Name(evidence.Item.Category),
            ["section"] = evidence.Item.Section,
            ["title"] = evidence.Item.Title,
            ["status"] = Name(evidence.Status),
            ["gates"] = evidence.Item.Gates,
            ["reason"] = evidence.Reason,
            ["decidedBy"] = evidence.DecidedBy,
            ["commit"] = evidence.Commit,
            ["inputsDigest"] = evidence.InputsDigest,
            ["checks"] = new JsonArray([.. evidence.Checks.Select(Check)]),
            ["findings"] = new JsonArray([.. evidence.Findings.Select(f => Finding(f, evidence.WaivedFindings.Contains(f.Fingerprint)))]),
        };
        if (evidence.Waiver is { } waiver)
        {
            item["waiver"] = Waiver(waiver);
        }

        if (evidence.Attestation is { } attestation)
        {
            item["attestation"] = new JsonObject
            {
                ["by"] = attestation.By,
                ["role"] = SignOffRoles.Name(attestation.Role),
                ["date"] = Date(attestation.Date),
                ["evidence"] = attestation.Evidence,
            };
        }

        if (evidence.SignOff is { } signOff)
        {
            item["signOff"] = SignOff(signOff);
        }

        return item;
    }

    public static JsonObject Waiver(Waiver waiver) => new()
    {
        ["target"] = waiver.Target,
        ["reason"] = waiver.Reason,
        ["owner"] = waiver.Owner,
        ["approver"] = waiver.Approver,
        ["expires"] = Date(waiver.Expires),
        ["file"] = waiver.File,
        ["line"] = waiver.Line,
    };

    public static JsonObject SignOff(SignOff signOff) => new()
    {
        ["role"] = SignOffRoles.Name(signOff.Role),
        ["name"] = signOff.Name,
        ["date"] = Date(signOff.Date),
        ["commit"] = signOff.Commit,
    };

    private static JsonObject Check(CheckOutcome outcome)
    {
        var check = Ran(outcome);
        if (outcome.Reused is { } mark)
        {
            check["reused"] = new JsonObject { ["commit"] = mark.Commit, ["madeAt"] = mark.MadeAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };
        }

        return check;
    }

    private static JsonObject Ran(CheckOutcome outcome) => new()
    {
        ["name"] = outcome.CheckName,
        ["tool"] = outcome.Result.Tool,
        ["stack"] = outcome.Stack,
        ["status"] = Name(outcome.Result.Status),
        ["summary"] = outcome.Result.Summary,
        ["examined"] = outcome.Result.Examined,
        ["startedAt"] = outcome.StartedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["durationMs"] = (long)outcome.Duration.TotalMilliseconds,
        ["figures"] = new JsonObject([.. outcome.Result.Figures.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))]),
        ["ran"] = new JsonArray([.. outcome.Processes.Select(p => (JsonNode?)new JsonObject
        {
            ["executable"] = p.Executable,
            ["commandLine"] = p.CommandLine,
            ["exitCode"] = p.ExitCode,
        })]),
    };

    private static JsonObject Finding(Finding finding, bool waived) => new()
    {
        ["rule"] = finding.Rule,
        ["severity"] = Name(finding.Severity),
        ["file"] = finding.File,
        ["line"] = finding.Line,
        ["message"] = finding.Message,
        ["fingerprint"] = finding.Fingerprint,
        ["waived"] = waived,
    };
}
