using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Dependencies;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class DependencyScanCheckTests(FakeAuditSource audit) : IClassFixture<FakeAuditSource>, IDisposable
{
    private const string Advisory = "GHSA-5crp-9r3c-p9vr";
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-deps-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string BaseJson(int severity) =>
        $$"""{"newtonsoft.json":[{"url":"https://github.com/advisories/{{Advisory}}","severity":{{severity}},"versions":"[, 13.0.1)"}]}""";

    private async Task<CheckResult> Scan(string newtonsoftVersion, string? auditSource, DependencyScanOptions? options = null)
    {
        File.WriteAllText(Path.Combine(_root, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><NuGetAudit>false</NuGetAudit></PropertyGroup>
              <ItemGroup><PackageReference Include="Newtonsoft.Json" Version="{newtonsoftVersion}" /></ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <auditSources>
                <clear />
                {(auditSource is null ? string.Empty : $"<add key=\"audit\" value=\"{auditSource}\" allowInsecureConnections=\"true\" />")}
              </auditSources>
            </configuration>
            """);
        return await CheckRuns.RunAsync(new DependencyScanCheck(options ?? new DependencyScanOptions()), Items.Security.DependenciesScanned, _root);
    }

    [Fact]
    public async Task A_high_advisory_fails_naming_package_version_and_advisory()
    {
        var result = await Scan("12.0.1", audit.Serve(BaseJson(2)));

        Assert.True(result.Status == CheckStatus.Failed, result.Summary);
        var finding = Assert.Single(result.Findings, f => f.Rule == "dependency.vulnerable");
        Assert.Equal(("dependency.vulnerable", "App.csproj", Advisory), (finding.Rule, finding.File, finding.Fingerprint));
        var outdated = Assert.Single(result.Findings, f => f.Rule == "dependency.outdated");
        Assert.Equal(FindingSeverity.Warning, outdated.Severity);
        Assert.StartsWith("Newtonsoft.Json 12.0.1: outdated: ", outdated.Message);
        Assert.Equal($"Newtonsoft.Json 12.0.1: high severity advisory {Advisory} (https://github.com/advisories/{Advisory})", finding.Message);
    }

    [Fact]
    public async Task A_CycloneDX_sbom_listing_the_packages_is_written()
    {
        var result = await Scan("13.0.3", audit.Serve(BaseJson(2)));

        var bom = File.ReadAllText(Path.Combine(_root, "artifacts", "readiness", "sbom", "bom.json"));
        Assert.DoesNotContain(result.Findings, f => f.Rule == "dependency.sbom");
        Assert.Contains("\"bomFormat\": \"CycloneDX\"", bom);
        Assert.Contains("pkg:nuget/Newtonsoft.Json@13.0.3", bom);
    }

    [Fact]
    public async Task An_advisory_below_the_threshold_passes_and_is_listed()
    {
        var result = await Scan("12.0.1", audit.Serve(BaseJson(1)));

        Assert.True(result.Status == CheckStatus.Passed, result.Summary);
        Assert.Equal(FindingSeverity.Warning, Assert.Single(result.Findings, f => f.Rule == "dependency.vulnerable").Severity);
        Assert.EndsWith("0 advisory(ies) at or above High, 1 below", result.Summary);
    }

    [Fact]
    public async Task A_fixed_version_passes()
    {
        var result = await Scan("13.0.3", audit.Serve(BaseJson(2)));

        Assert.True(result.Status == CheckStatus.Passed, result.Summary);
        Assert.DoesNotContain(result.Findings, f => f.Severity == FindingSeverity.Error || f.Rule == "dependency.vulnerable");
    }

    [Fact]
    public async Task No_vulnerability_data_is_an_error_saying_how_to_configure_it()
    {
        var result = await Scan("12.0.1", audit.Serve(null));

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Contains("serves no VulnerabilityInfo resource", result.Summary);
        Assert.Contains("configure <auditSources> in nuget.config", result.Summary);
    }

    [Fact]
    public async Task A_waiver_by_advisory_id_waives_the_item()
    {
        var result = await Scan("12.0.1", audit.Serve(BaseJson(3)));
        var waiver = new Waiver(null, Advisory, "no untrusted JSON reaches the parser", "jane", "sec-lead", Fixed.Today.AddDays(30), "readiness/waivers.yaml", 2);

        var verdict = Gates.Decide(Items.Security.DependenciesScanned, [Fixed.Outcome(result)], Gates.With(waivers: [waiver]));

        Assert.Equal(ItemStatus.Waived, verdict.Single().Status);
    }

    [Fact]
    public async Task An_osv_folder_gives_the_same_results_without_any_audit_source()
    {
        var osv = Path.Combine(_root, "osv");
        Directory.CreateDirectory(osv);
        File.WriteAllText(Path.Combine(osv, $"{Advisory}.json"), $$"""
            {"id":"{{Advisory}}","references":[{"url":"https://github.com/advisories/{{Advisory}}"}],"database_specific":{"severity":"HIGH"},
             "affected":[{"package":{"ecosystem":"NuGet","name":"Newtonsoft.Json"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"13.0.1"}]}]}]}
            """);
        var options = new DependencyScanOptions { OsvDirectory = "osv" };

        var vulnerable = await Scan("12.0.1", auditSource: null, options);
        var fixedVersion = await Scan("13.0.3", auditSource: null, options);

        Assert.True(vulnerable.Status == CheckStatus.Failed, vulnerable.Summary);
        Assert.Equal($"Newtonsoft.Json 12.0.1: high severity advisory {Advisory} (https://github.com/advisories/{Advisory})", Assert.Single(vulnerable.Findings, f => f.Rule == "dependency.vulnerable").Message);
        Assert.True(fixedVersion.Status == CheckStatus.Passed, fixedVersion.Summary);
    }

    [Fact]
    public async Task An_empty_osv_folder_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_root, "osv"));

        var result = await Scan("12.0.1", auditSource: null, new DependencyScanOptions { OsvDirectory = "osv" });

        Assert.Equal(CheckStatus.Error, result.Status);
    }
}
