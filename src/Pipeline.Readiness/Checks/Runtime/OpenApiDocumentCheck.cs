using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.IO;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>"API documentation": the committed OpenAPI document equals the one the running service serves (started
/// on loopback with the probe's production configuration and <see cref="OpenApiDocumentOptions.Environment"/> laid
/// over it). The served document is written to <c>artifacts/readiness/openapi.json</c> so a difference can be
/// reviewed and committed.</summary>
internal sealed class OpenApiDocumentCheck(RuntimeProbeOptions probe, OpenApiDocumentOptions options) : ReadinessCheck<OpenApiDocumentOptions>(options)
{
    /// <inheritdoc />
    /// <remarks>It starts the service.</remarks>
    public override IReadOnlyCollection<string>? Resources => CheckResources.OfCommand(probe.Command);

    /// <inheritdoc />
    /// <remarks>The service's run, and the served document it writes for review.</remarks>
    internal override EvidenceReuse? Reuse => RuntimeReuse.Of(probe.Command) is { } reuse ? reuse with { Artifacts = ["openapi.json"] } : null;

    /// <inheritdoc />
    public override string Name => "openapi-document";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var environment = probe.Environment.Concat(Options.Environment).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        var served = await LoopbackService.RunAsync(context, probe.Command, environment, probe.ReadyPath, probe.StartTimeout, async (client, baseUri) =>
        {
            using var response = await client.GetAsync(new Uri(baseUri, Options.Path), context.Cancellation).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadAsStringAsync(context.Cancellation).ConfigureAwait(false)
                : throw new InvalidOperationException($"the service answered {Options.Path} with {(int)response.StatusCode}: set OpenApi.Environment so it serves its document");
        }).ConfigureAwait(false);
        var actual = Comparable(JsonNode.Parse(served) ?? throw new InvalidOperationException($"the service served an empty document at {Options.Path}"));
        var written = context.Artifact("openapi.json");
        AtomicFile.WriteAllText(written, actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        var committed = Path.Combine(context.Root, Options.Document);
        if (!File.Exists(committed))
        {
            return Failed(Finding.Create("openapi.missing", FindingSeverity.Error, Options.Document, null,
                $"{Options.Document} is missing; the service's document is at {context.Relative(written)}: review and commit it", Options.Document));
        }

        JsonNode expected;
        try
        {
            expected = Comparable(JsonNode.Parse(await File.ReadAllTextAsync(committed, context.Cancellation).ConfigureAwait(false)) ?? new JsonObject());
        }
        catch (JsonException e)
        {
            return Failed(Finding.Create("openapi.invalid", FindingSeverity.Error, Options.Document, (int?)e.LineNumber + 1,
                $"{Options.Document} is not valid JSON: {e.Message}", Options.Document));
        }

        var differences = JsonDifferences.Between(expected, actual, Options.Document, "the running service");
        return differences.Count == 0
            ? CheckResult.Passed(1, $"{Options.Document} equals the document the running service serves at {Options.Path}") with { Tool = "loopback service" }
            : Failed([.. differences.Select(d => Finding.Create("openapi.stale", FindingSeverity.Error, Options.Document, null, d, d))],
                $"{Options.Document} differs from the running service's document in {differences.Count} place(s), first {differences[0]}; the served one is at {context.Relative(written)}");
    }

    private JsonNode Comparable(JsonNode document)
    {
        if (document is JsonObject root)
        {
            foreach (var ignored in Options.IgnoredProperties)
            {
                root.Remove(ignored);
            }
        }

        return document;
    }

    private static CheckResult Failed(Finding finding) => Failed([finding], finding.Message);

    private static CheckResult Failed(Finding[] findings, string summary) => CheckResult.Failed(1, summary, findings);
}
