using Pipeline.IO;

namespace Pipeline.Readiness;

/// <summary>Writes every report under the output folder, each atomically. <c>report.json</c> is the verdict and
/// fails loudly; the other formats are best-effort and a failure there is a warning (Serilog's model).</summary>
internal static class ReportWriter
{
    public static IReadOnlyList<string> Write(ReadinessVerdict verdict, string directory, string projectName, string? stepSummaryPath)
    {
        var written = new List<string>();
        void Save(string name, string content)
        {
            var path = Path.Combine(directory, name);
            AtomicFile.WriteAllText(path, content);
            written.Add(path);
        }

        ClearEarlierEvidence(directory, verdict);
        Save("report.json", JsonReport.Render(verdict));
        var extras = new (string Name, Func<string> Render)[]
        {
            ("report.md", () => MarkdownReport.Render(verdict, projectName)),
            ("junit.xml", () => JUnitReport.Render(verdict)),
            ("readiness.sarif", () => SarifReport.Render(verdict, typeof(ReportWriter).Assembly.GetName().Version?.ToString() ?? "0.0.0")),
        };
        foreach (var (name, render) in extras.Concat(verdict.Items.Select(i =>
            ($"evidence/{i.Item.Id}.json", (Func<string>)(() => EvidenceJson.Item(i).ToJsonString(EvidenceJson.Indented) + "\n")))))
        {
            try
            {
                Save(name, render());
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Log.Warning($"Could not write {name}: {exception.Message}");
            }
        }

        if (!string.IsNullOrEmpty(stepSummaryPath))
        {
            try
            {
                File.AppendAllText(stepSummaryPath, StepSummary.Render(verdict));
            }
            catch (IOException exception)
            {
                Log.Warning($"Could not write the job summary: {exception.Message}");
            }
        }

        return written;
    }

    /// <summary>No evidence of an earlier run stays beside this one: the folder's <c>evidence/</c>, and after an
    /// evaluation of the whole checklist every scoped report too.</summary>
    private static void ClearEarlierEvidence(string directory, ReadinessVerdict verdict)
    {
        foreach (var stale in verdict.Coverage.IsWhole ? ["evidence", "scoped"] : new[] { "evidence" })
        {
            var path = Path.Combine(directory, stale);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
