using System.Text.Json;
using Pipeline;
using Pipeline.Readiness.Checks;

/// <summary>"API documentation" for a library: every packable project under src/ generates its XML documentation
/// file with warnings as errors, so an undocumented public member (CS1591) fails the build.</summary>
internal sealed class ApiDocumentationCheck : ReadinessCheck
{
    public override string Name => "api-documentation";

    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var projects = Directory.GetFiles(Path.Combine(context.Root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        foreach (var project in projects)
        {
            var result = await context.Processes.RunAsync(new ProcessSpec("dotnet",
                ["msbuild", project, "-getProperty:IsPackable", "-getProperty:GenerateDocumentationFile", "-getProperty:TreatWarningsAsErrors"])
            { WorkingDirectory = context.Root, LogOutput = false }, context.Cancellation);
            var properties = JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("Properties");
            bool Is(string name) => properties.GetProperty(name).GetString() == "true";
            if (Is("IsPackable") && !(Is("GenerateDocumentationFile") && Is("TreatWarningsAsErrors")))
            {
                findings.Add(Finding.Create("api-docs.not-enforced", FindingSeverity.Error, context.Relative(project), null,
                    "packable project must set GenerateDocumentationFile and TreatWarningsAsErrors", context.Relative(project)));
            }
        }

        return findings.Count == 0
            ? CheckResult.Passed(projects.Count, $"{projects.Count} projects; public API documentation is enforced by the compiler") with { Tool = "dotnet msbuild" }
            : CheckResult.Failed(projects.Count, $"{findings.Count} packable project(s) do not enforce API documentation", [.. findings]);
    }
}
