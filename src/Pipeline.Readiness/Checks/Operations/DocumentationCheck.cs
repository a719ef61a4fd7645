namespace Pipeline.Readiness.Checks.Operations;

/// <summary>A documentation item: some Markdown file in the docs folder meets every need of its
/// <see cref="DocumentRequirement"/>; the finding lists what the closest document lacks.</summary>
internal sealed class DocumentationCheck(OperationsOptions options, DocumentRequirement requirement) : ReadinessCheck<OperationsOptions>(options)
{
    /// <inheritdoc />
    public override string Name => $"docs-{requirement.Title.Replace(' ', '-')}";

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var folder = Path.Combine(context.Root, Options.Documentation);
        var files = RepositoryTree.Classify(context.Root, folder) == RepositoryTree.Kind.Directory
            ? RepositoryTree.Files(folder).Select(f => Path.Combine(folder, f)).ToList()
            : [];
        if (requirement.DiagramFileCounts && files.FirstOrDefault(f => Path.GetExtension(f) is ".svg" or ".png" or ".mmd" or ".puml" or ".drawio") is { } diagram)
        {
            return Task.FromResult(CheckResult.Passed(files.Count, $"{requirement.Title}: {context.Relative(diagram)}"));
        }

        var documents = files.Where(f => Path.GetExtension(f) is ".md" or ".markdown" or ".adoc").Select(f => (File: f, Missing: Missing(File.ReadAllText(f)))).ToList();
        if (documents.FirstOrDefault(d => d.Missing.Count == 0) is { File: not null } found)
        {
            return Task.FromResult(CheckResult.Passed(documents.Count, $"{requirement.Title}: {context.Relative(found.File)}"));
        }

        var closest = documents.OrderBy(d => d.Missing.Count).FirstOrDefault();
        var message = closest.File is null
            ? $"no {requirement.Title} document: no Markdown in {Options.Documentation}/"
            : $"no {requirement.Title} document: the closest, {context.Relative(closest.File)}, lacks {string.Join(" and ", closest.Missing)}";
        return Task.FromResult(CheckResult.Failed(documents.Count, message, Finding.Create("operations.documentation", FindingSeverity.Error, closest.File is null ? null : context.Relative(closest.File), null, message, requirement.Title)));
    }

    private List<string> Missing(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        return [.. requirement.Needs.Where(n => !n.Test(normalized)).Select(n => n.What)];
    }
}
