using System.Globalization;
using System.Text.Json;
using Microsoft.Build.Framework;

namespace Pipeline.MSBuild;

/// <summary>Fails the build with MSBuild-canonical coded errors (<c>report.json(1): error PRG004: …</c>) unless the
/// readiness report exists, is for the current commit, is recent enough, and its verdict is <c>passed</c>.</summary>
public sealed class VerifyReadiness : Microsoft.Build.Utilities.Task
{
    /// <summary>Where to start looking upward for <c>artifacts/readiness/report.json</c> (the project folder).</summary>
    [Required]
    public string StartDirectory { get; set; } = string.Empty;

    /// <summary>An explicit report path; empty searches upward from <see cref="StartDirectory"/>.</summary>
    public string? ReportPath { get; set; }

    /// <summary>How old, in hours, the report may be.</summary>
    public double MaxAgeHours { get; set; } = 24;

    /// <inheritdoc />
    public override bool Execute()
    {
        var (report, repository) = Locate();
        if (report is null)
        {
            Error("PRG001", Path.Combine(repository ?? StartDirectory, "artifacts", "readiness", "report.json"), "no readiness report; run ./build.sh Readiness first");
            return false;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(report));
        var root = document.RootElement;
        var commit = repository is null ? null : GitHead.Read(repository);
        var reportCommit = root.GetProperty("commit").GetString();
        if (commit is null || !string.Equals(commit, reportCommit, StringComparison.OrdinalIgnoreCase))
        {
            Error("PRG002", report, $"the readiness report is for commit {reportCommit}, not the current {commit ?? "(unknown: not a git repository)"}; run ./build.sh Readiness again");
        }

        var generated = DateTimeOffset.Parse(root.GetProperty("generatedAt").GetString()!, CultureInfo.InvariantCulture);
        if (DateTimeOffset.UtcNow - generated > TimeSpan.FromHours(MaxAgeHours))
        {
            Error("PRG003", report, $"the readiness report was generated {generated:yyyy-MM-dd HH:mm} UTC, more than {MaxAgeHours} hours ago; run ./build.sh Readiness again");
        }

        if (root.GetProperty("verdict").GetString() != "passed")
        {
            var blocking = root.GetProperty("items").EnumerateArray()
                .Where(i => i.GetProperty("status").GetString() is "failed" or "error" or "pending").ToList();
            foreach (var item in blocking)
            {
                Error("PRG004", report, $"{item.GetProperty("id").GetString()}: {item.GetProperty("status").GetString()} — {item.GetProperty("reason").GetString()}");
            }

            foreach (var problem in root.GetProperty("problems").EnumerateArray())
            {
                Error("PRG005", problem.GetProperty("file").GetString()!, problem.GetProperty("message").GetString()!, problem.GetProperty("line").GetInt32());
            }

            if (blocking.Count == 0 && root.GetProperty("problems").GetArrayLength() == 0)
            {
                Error("PRG004", report, "the readiness verdict is not 'passed'");
            }
        }

        return !Log.HasLoggedErrors;
    }

    private (string? Report, string? Repository) Locate()
    {
        string? repository = null;
        string? found = string.IsNullOrEmpty(ReportPath) ? null : Path.GetFullPath(ReportPath, StartDirectory);
        for (var directory = new DirectoryInfo(StartDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "artifacts", "readiness", "report.json");
            found ??= File.Exists(candidate) ? candidate : null;
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")))
            {
                repository = directory.FullName;
                break;
            }
        }

        return (found is not null && File.Exists(found) ? found : null, repository);
    }

    private void Error(string code, string file, string message, int line = 1) =>
        Log.LogError(subcategory: null, errorCode: code, helpKeyword: null, file: file, lineNumber: line, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0, message: message);
}
