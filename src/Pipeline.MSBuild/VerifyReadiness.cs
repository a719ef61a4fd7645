using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Build.Framework;
using Pipeline.Readiness;

namespace Pipeline.MSBuild;

/// <summary>Fails the build with MSBuild-canonical coded errors (<c>report.json(1): error PRG004: …</c>) unless the
/// readiness report is whole, untouched, for the current commit and a clean tree, recent, not from the future, and
/// passes when its verdict is recomputed from its items. Never trusts the report's own <c>verdict</c> field, and
/// never crashes on a malformed report: every refusal is a coded error saying what to run.</summary>
public sealed class VerifyReadiness : Microsoft.Build.Utilities.Task
{
    private const int SchemaVersion = 2;
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Where to start looking upward for <c>artifacts/readiness/report.json</c> (the project folder).</summary>
    [Required]
    public string StartDirectory { get; set; } = string.Empty;

    /// <summary>An explicit report path; empty searches upward from <see cref="StartDirectory"/>.</summary>
    public string? ReportPath { get; set; }

    /// <summary>How old, in hours, the report may be.</summary>
    public double MaxAgeHours { get; set; } = 24;

    /// <summary>Accepts a report made on, or a tree with, uncommitted changes (<c>ReadinessAllowDirty=true</c>).</summary>
    public bool AllowDirty { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var (report, repository) = Locate();
        if (report is null)
        {
            Error("PRG001", Path.Combine(repository ?? StartDirectory, "artifacts", "readiness", "report.json"), "no readiness report; run ./build.sh Readiness first");
            return false;
        }

        try
        {
            Verify(report, repository);
        }
        catch (ReportFormatException exception)
        {
            Error("PRG006", report, $"the readiness report is malformed: {exception.Message}; run ./build.sh Readiness again", exception.Line);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Error("PRG006", report, $"the readiness report could not be verified: {exception.Message}");
        }

        return !Log.HasLoggedErrors;
    }

    private void Verify(string report, string? repository)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(report)) as JsonObject ?? throw new ReportFormatException("expected a JSON object", 1);
        }
        catch (JsonException exception)
        {
            throw new ReportFormatException($"not valid JSON: {exception.Message.Split(" Path:")[0]}", (int)(exception.LineNumber ?? 0) + 1);
        }

        var schema = Field<int>(root, "schemaVersion");
        if (schema != SchemaVersion)
        {
            throw new ReportFormatException($"schema version {schema}, but this task reads version {SchemaVersion}; use matching versions of Pipeline.Readiness and Pipeline.MSBuild", 1);
        }

        var coverage = Node<JsonObject>(root, "coverage");
        var items = Node<JsonArray>(root, "items").Select(i => i as JsonObject ?? throw new ReportFormatException("'items' holds a value that is not an object", 1)).ToList();
        var problems = Node<JsonArray>(root, "problems").Select(p => p as JsonObject ?? throw new ReportFormatException("'problems' holds a value that is not an object", 1)).ToList();
        var (commit, generatedText, digest) = (Field<string>(root, "commit"), Field<string>(root, "generatedAt"), Field<string>(root, ReportDigest.Field));
        var (scope, version, checklistItems, evaluated, clean) = (Field<string>(coverage, "scope"), Field<string>(coverage, "checklistVersion"),
            Field<int>(coverage, "checklistItems"), Field<int>(coverage, "itemsEvaluated"), Field<bool>(coverage, "treeClean"));
        var ids = items.Select(i => Field<string>(i, "id")).ToList();
        var statuses = items.Select(i => (Id: Field<string>(i, "id"), Status: Field<string>(i, "status"), Gates: Field<bool>(i, "gates"), Reason: Field<string>(i, "reason"))).ToList();

        if (ReportDigest.Of(root) != digest)
        {
            Error("PRG010", report, "the readiness report was altered after the gate wrote it (its digest does not match its content); run ./build.sh Readiness again");
            return;
        }

        if (scope != "whole")
        {
            Error("PRG007", report, $"the readiness report covers part of the checklist ({scope}: {evaluated} of {checklistItems} items); only ./build.sh Readiness (or Release) writes a release report");
        }
        else if (ids.Count != evaluated || ids.Count != checklistItems || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count || ReportDigest.ChecklistVersionOf(ids) != version)
        {
            Error("PRG010", report, $"the readiness report's items do not match the checklist it names ({ids.Count} items listed, {checklistItems} in the checklist); run ./build.sh Readiness again");
        }

        var current = repository is null ? null : GitHead.Read(repository);
        if (current is null || !string.Equals(current, commit, StringComparison.OrdinalIgnoreCase))
        {
            Error("PRG002", report, $"the readiness report is for commit {commit}, not the current {current ?? "(unknown: not a git repository)"}; run ./build.sh Readiness again");
        }

        if (!DateTimeOffset.TryParse(generatedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var generated))
        {
            throw new ReportFormatException($"'generatedAt' is not a date and time: '{generatedText}'", 1);
        }

        var now = DateTimeOffset.UtcNow;
        if (generated > now + ClockSkew)
        {
            Error("PRG009", report, $"the readiness report claims to be generated {generated:yyyy-MM-dd HH:mm} UTC, in the future; run ./build.sh Readiness again");
        }
        else if (now - generated > TimeSpan.FromHours(MaxAgeHours))
        {
            Error("PRG003", report, $"the readiness report was generated {generated:yyyy-MM-dd HH:mm} UTC, more than {MaxAgeHours} hours ago; run ./build.sh Readiness again");
        }

        if (!AllowDirty)
        {
            if (!clean)
            {
                Error("PRG008", report, "the readiness report was made on a working tree with uncommitted changes; commit them and run ./build.sh Readiness again (or set ReadinessAllowDirty=true)");
            }
            else if (repository is not null && WorkingTreeChanges(repository, report) is { Count: > 0 } changes)
            {
                Error("PRG008", report, $"the working tree changed after the readiness report was made ({string.Join(", ", changes)}); commit the changes and run ./build.sh Readiness again (or set ReadinessAllowDirty=true)");
            }
        }

        var blocking = statuses.Where(s => s.Gates && s.Status is not ("passed" or "waived" or "notApplicable")).ToList();
        foreach (var (id, status, _, reason) in blocking)
        {
            Error("PRG004", report, $"{id}: {status} — {reason}");
        }

        foreach (var problem in problems)
        {
            Error("PRG005", Field<string>(problem, "file"), Field<string>(problem, "message"), problem["line"] is JsonValue line && line.TryGetValue<int>(out var number) ? number : 1);
        }

        var passed = blocking.Count == 0 && problems.Count == 0;
        if (Field<string>(root, "verdict") != (passed ? "passed" : "refused"))
        {
            Error("PRG010", report, $"the readiness report says '{Field<string>(root, "verdict")}', but its items say '{(passed ? "passed" : "refused")}'; run ./build.sh Readiness again");
        }
    }

    /// <summary>What <c>git status</c> reports outside the report's folder and the build's own files; git from PATH only.</summary>
    private static List<string> WorkingTreeChanges(string repository, string report)
    {
        var reports = Path.GetRelativePath(repository, Path.GetDirectoryName(report)!);
        var git = Pipeline.Processes.ExecutableLookup.Resolve("git", repository, Environment.GetEnvironmentVariable("PATH"));
        var info = new System.Diagnostics.ProcessStartInfo(git) { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in GitStatusChanges.Arguments(reports))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("git could not start");
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? [.. GitStatusChanges.Paths(output).Take(20)]
            : throw new InvalidOperationException($"git status exited with code {process.ExitCode}, so the working tree's state is unknown");
    }

    private static T Field<T>(JsonObject node, string name)
    {
        try
        {
            return node[name] is { } value ? value.GetValue<T>() : throw new ReportFormatException($"the field '{name}' is missing", 1);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new ReportFormatException($"the field '{name}' is not a {typeof(T).Name}", 1);
        }
    }

    private static T Node<T>(JsonObject node, string name) where T : JsonNode =>
        node[name] as T ?? throw new ReportFormatException($"the field '{name}' is {(node[name] is null ? "missing" : $"not a {typeof(T).Name.Replace("Json", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}")}", 1);

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

    private sealed class ReportFormatException(string message, int line) : Exception(message)
    {
        public int Line { get; } = line;
    }
}
