using Pipeline.Readiness.Checks.Operations.Documents;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>A documentation item: some section of the documentation (the docs folder and the root's Markdown,
/// reStructuredText and AsciiDoc files) meets every need of its <see cref="DocumentRequirement"/>; the reason names
/// the section, or what the closest one lacks.</summary>
internal sealed class DocumentationCheck(OperationsOptions options, DocumentRequirement requirement) : ReadinessCheck<OperationsOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => $"docs-{requirement.Title.Replace(' ', '-')}";

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var documents = DocumentReader.Documents(context.Root, Options.Documentation);
        if (requirement == DocumentRequirement.Seed[Items.Operations.ArchitectureDiagram.Id]
            && documents.Concat(DiagramFiles(context.Root)).FirstOrDefault(f => DocumentRequirement.DiagramFile.IsMatch(f)) is { } diagram)
        {
            return Task.FromResult(CheckResult.Passed(documents.Count, $"{requirement.Title}: {diagram}"));
        }

        var sections = documents.SelectMany(d => DocumentReader.Sections(context.Root, d)).ToList();
        var candidates = requirement.Heading is { } heading
            ? sections.Where(s => (heading.IsMatch(s.Heading) || (s.Level == 1 && heading.IsMatch(Path.GetFileNameWithoutExtension(s.File)))) && !DocumentSignals.IsPlaceholder(s.Body)).ToList()
            : [.. documents.Select(d => new DocumentSection(d, "", 0, 1, string.Join('\n', sections.Where(s => s.File == d).Select(s => s.Heading + "\n" + s.Body))))];
        var judged = candidates.Select(c => (Section: c, Missing: requirement.Needs.Where(n => !n.Test(c, sections)).Select(n => n.What).ToList())).ToList();
        if (judged.Where(j => j.Missing.Count == 0).OrderByDescending(j => DocumentRequirement.OperatorDocument.IsMatch(Path.GetFileName(j.Section.File)))
            .FirstOrDefault() is { Section: { } found })
        {
            return Task.FromResult(CheckResult.Passed(documents.Count, $"{requirement.Title}: {found.Where}"));
        }

        var closest = judged.OrderBy(j => j.Missing.Count).FirstOrDefault();
        var message = documents.Count == 0 ? $"no {requirement.Title} document: no documentation in {Options.Documentation}/ or the root"
            : closest.Section is null ? $"no {requirement.Title} document: no section of {documents.Count} document(s) is headed {requirement.Title} (placeholders do not count)"
            : $"no {requirement.Title} document: the closest, {closest.Section.Where}, lacks {string.Join(" and ", closest.Missing)}";
        return Task.FromResult(CheckResult.Failed(documents.Count, message,
            Finding.Create("operations.documentation", FindingSeverity.Error, closest.Section?.File, closest.Section is { Line: > 0 } s ? s.Line : null, message, requirement.Title)));
    }

    private IEnumerable<string> DiagramFiles(string root)
    {
        var folder = Path.Combine(root, Options.Documentation);
        return RepositoryTree.Classify(root, folder) == RepositoryTree.Kind.Directory
            ? RepositoryTree.Files(folder).Select(f => Path.Combine(Options.Documentation, f).Replace('\\', '/'))
            : [];
    }
}
