using System.Text.Json;
using System.Xml.Linq;
using System.Xml.Schema;
using Json.Schema;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Reports;

public sealed class ReportSchemaTests
{
    private static string SchemaPath(string name) => Path.Combine(AppContext.BaseDirectory, "Schemas", name);

    private static List<string> ValidateJUnit(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, SchemaPath("junit.xsd"));
        var errors = new List<string>();
        XDocument.Parse(xml).Validate(schemas, (_, e) => errors.Add(e.Message));
        return errors;
    }

    private static EvaluationResults ValidateSarif(string json)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath("sarif-2.1.0-subset.schema.json")));
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    [Fact]
    public void JUnit_report_is_valid_against_the_schema()
    {
        Assert.Empty(ValidateJUnit(JUnitReport.Render(SampleVerdict.Create())));
    }

    [Fact]
    public void The_JUnit_schema_rejects_a_broken_report()
    {
        Assert.NotEmpty(ValidateJUnit("<testsuites tests=\"1\" failures=\"0\" errors=\"0\"><testsuite name=\"x\" tests=\"-1\" failures=\"0\" errors=\"0\"/></testsuites>"));
    }

    [Fact]
    public void JUnit_maps_failed_and_pending_to_failure_error_to_error_and_waived_or_not_applicable_to_skipped()
    {
        var junit = XDocument.Parse(JUnitReport.Render(SampleVerdict.Create()));
        XElement Case(ChecklistItem item) => junit.Descendants("testcase").Single(c => c.Attribute("name")!.Value.StartsWith(item.Id + ":", StringComparison.Ordinal));

        Assert.Equal("failure", Case(Items.Testing.CoverageAcceptable).Elements().First().Name.LocalName);
        Assert.Equal("Pending", Case(Items.SignOff.Security).Element("failure")!.Attribute("type")!.Value);
        Assert.NotNull(Case(Items.Operations.Runbook).Element("error"));
        Assert.NotNull(Case(Items.Security.ContainerImageScanned).Element("skipped"));
        Assert.NotNull(Case(Items.Database.Indexes).Element("skipped"));
        Assert.Null(Case(Items.Testing.AllTestsPassing).Element("failure"));
    }

    [Fact]
    public void Sarif_report_is_valid_against_the_schema()
    {
        var results = ValidateSarif(SarifReport.Render(SampleVerdict.Create(), "1.0.0"));

        Assert.True(results.IsValid, string.Join("\n", results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Fact]
    public void The_sarif_schema_rejects_a_broken_log()
    {
        Assert.False(ValidateSarif("""{ "version": "2.0.0", "runs": [ { "tool": { "driver": {} }, "results": [ { "level": "fatal" } ] } ] }""").IsValid);
    }

    [Fact]
    public void Sarif_results_carry_repository_relative_locations_fingerprints_and_suppressions()
    {
        using var sarif = JsonDocument.Parse(SarifReport.Render(SampleVerdict.Create(), "1.0.0"));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var secret = results.Single(r => r.GetProperty("ruleId").GetString() == "secret.aws-access-key");
        var waived = results.Single(r => r.GetProperty("ruleId").GetString() == "secret.generic");

        Assert.Equal(3, results.Count);
        Assert.Equal("src/Orders/Settings.cs", secret.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(14, secret.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(SampleVerdict.Secret.Fingerprint, secret.GetProperty("partialFingerprints").GetProperty("pipelineFingerprint/v1").GetString());
        Assert.Equal("external", waived.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.False(secret.TryGetProperty("suppressions", out _));
    }
}
