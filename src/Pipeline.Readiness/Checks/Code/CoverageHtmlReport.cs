namespace Pipeline.Readiness.Checks.Code;

/// <summary>Renders the HTML coverage report with ReportGenerator. Best-effort: a failure is a warning finding.</summary>
internal static class CoverageHtmlReport
{
    public static async Task<Finding?> WriteAsync(CheckContext context, IReadOnlyList<string> reports, string version, string targetDirectory) =>
        await DotNetTool.ExecAsync(context, "dotnet-reportgenerator-globaltool", version,
            [$"-reports:{string.Join(';', reports)}", $"-targetdir:{targetDirectory}", "-reporttypes:Html"]).ConfigureAwait(false) is { } failure
            ? Finding.Create("coverage.html-report", FindingSeverity.Warning, null, null, $"the HTML coverage report could not be written: {failure}", "html")
            : null;
}
