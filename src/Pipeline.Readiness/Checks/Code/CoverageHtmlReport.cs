namespace Pipeline.Readiness.Checks.Code;

/// <summary>Renders the HTML coverage report with ReportGenerator. Best-effort: a failure is a warning finding. Unless
/// generated code is counted, sources under <c>obj/</c> are left out of it as they are of the figures.</summary>
internal static class CoverageHtmlReport
{
    public static async Task<Finding?> WriteAsync(CheckContext context, IReadOnlyList<string> reports, CodeOptions options, string targetDirectory) =>
        await DotNetTool.ExecAsync(context, "dotnet-reportgenerator-globaltool", options.ReportGeneratorVersion,
            [$"-reports:{string.Join(';', reports)}", $"-targetdir:{targetDirectory}", "-reporttypes:Html", .. options.CountGeneratedCode ? Array.Empty<string>() : [@"-filefilters:-*/obj/*;-*\obj\*"]]).ConfigureAwait(false) is { } failure
            ? Finding.Create("coverage.html-report", FindingSeverity.Warning, null, null, $"the HTML coverage report could not be written: {failure}", "html")
            : null;
}
