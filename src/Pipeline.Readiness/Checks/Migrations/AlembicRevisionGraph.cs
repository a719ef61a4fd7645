using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>The Alembic revision graph read from the version files without importing them: each file's module-level
/// <c>revision</c>, <c>down_revision</c> and <c>depends_on</c> literals (a string, <c>None</c>, or a tuple or list of
/// strings, also with a type annotation), with the line each is on. From it: heads, roots, branch and merge points,
/// parents that no file defines, revisions defined twice, and cycles.</summary>
internal static partial class AlembicRevisionGraph
{
    public sealed record Revision(string Id, IReadOnlyList<string> Parents, IReadOnlyList<string> DependsOn, string File, int Line, int ParentsLine);

    public sealed record Problem(string Rule, string File, int Line, string Message);

    public static (List<Revision> Revisions, List<Problem> Problems) Read(string versionsDirectory, Func<string, string> relative)
    {
        var (revisions, problems) = (new List<Revision>(), new List<Problem>());
        foreach (var file in Directory.GetFiles(versionsDirectory, "*.py", SearchOption.AllDirectories).Where(f => !f.Contains("__pycache__", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var name = relative(file);
            var revision = Value(text, "revision");
            if (revision is not { Values: [var id] })
            {
                if (Path.GetFileName(file) != "__init__.py")
                {
                    problems.Add(new Problem("migration.unreadable", name, revision?.Line ?? 1, "no literal 'revision = \"…\"' at module level, so the revision cannot be placed in the graph"));
                }

                continue;
            }

            var parents = Value(text, "down_revision");
            if (parents is null)
            {
                problems.Add(new Problem("migration.unreadable", name, 1, $"revision {id} has no literal down_revision (None for the first revision)"));
                continue;
            }

            revisions.Add(new Revision(id, parents.Values, Value(text, "depends_on")?.Values ?? [], name, revision.Line, parents.Line));
        }

        problems.AddRange(Check(revisions));
        return (revisions, problems);
    }

    public static IReadOnlyList<string> Heads(IReadOnlyList<Revision> revisions) =>
        [.. revisions.Select(r => r.Id).Except(revisions.SelectMany(r => r.Parents)).Order(StringComparer.Ordinal)];

    private static IEnumerable<Problem> Check(List<Revision> revisions)
    {
        foreach (var twice in revisions.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            foreach (var revision in twice.Skip(1))
            {
                yield return new Problem("migration.duplicate", revision.File, revision.Line, $"revision {twice.Key} is defined again (first in {twice.First().File})");
            }
        }

        var byId = revisions.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var revision in revisions)
        {
            foreach (var parent in revision.Parents.Concat(revision.DependsOn).Where(p => !byId.ContainsKey(p)))
            {
                yield return new Problem("migration.dangling", revision.File, revision.ParentsLine, $"revision {revision.Id} names {parent} as its parent, but no version file defines it");
            }

            if (revision.Parents.Count > 1)
            {
                yield return new Problem("migration.not-linear", revision.File, revision.ParentsLine, $"revision {revision.Id} is a merge point of {string.Join(", ", revision.Parents)}: history is not linear");
            }
        }

        foreach (var (parent, children) in revisions.SelectMany(r => r.Parents.Select(p => (Parent: p, Child: r))).GroupBy(x => x.Parent).Where(g => g.Count() > 1).Select(g => (g.Key, g.Select(x => x.Child).ToList())))
        {
            yield return new Problem("migration.not-linear", children[1].File, children[1].ParentsLine,
                $"revision {parent} is a branch point: {string.Join(", ", children.Select(c => $"{c.Id} ({c.File})"))} all follow it");
        }

        var heads = Heads(revisions);
        if (heads.Count > 1)
        {
            var first = byId[heads[0]];
            yield return new Problem("migration.heads", first.File, first.Line, $"{heads.Count} heads ({string.Join(", ", heads.Select(h => $"{h} in {byId[h].File}"))}); expected exactly one: merge them with alembic merge");
        }

        var roots = revisions.Where(r => r.Parents.Count == 0).ToList();
        if (roots.Count > 1)
        {
            yield return new Problem("migration.not-linear", roots[1].File, roots[1].ParentsLine, $"{roots.Count} base revisions ({string.Join(", ", roots.Select(r => r.Id))}); expected one");
        }

        if (Cycle(byId) is { } cycle)
        {
            var at = byId[cycle[0]];
            yield return new Problem("migration.cycle", at.File, at.ParentsLine, $"the revisions form a cycle: {string.Join(" → ", cycle)}");
        }
    }

    private static List<string>? Cycle(Dictionary<string, Revision> byId)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string id)
        {
            state[id] = 1;
            path.Add(id);
            foreach (var parent in byId[id].Parents.Where(byId.ContainsKey))
            {
                if (state.GetValueOrDefault(parent) == 1)
                {
                    return [.. path[path.IndexOf(parent)..], parent];
                }

                if (state.GetValueOrDefault(parent) == 0 && Visit(parent) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
            return null;
        }

        return byId.Keys.Order(StringComparer.Ordinal).Where(id => state.GetValueOrDefault(id) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private sealed record Literal(IReadOnlyList<string> Values, int Line);

    /// <summary>The literal assigned to <paramref name="name"/> at module level, or null when there is none.</summary>
    private static Literal? Value(string text, string name)
    {
        var match = new Regex($@"^{name}\s*(?::[^=\n]+)?=\s*(?<value>None|'[^'\n]*'|""[^""\n]*""|[\(\[][^\)\]]*[\)\]])", RegexOptions.Multiline).Match(text);
        if (!match.Success)
        {
            return null;
        }

        var line = text[..match.Index].Count(c => c == '\n') + 1;
        var value = match.Groups["value"].Value;
        return new Literal(value == "None" ? [] : [.. Strings().Matches(value).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)], line);
    }

    [GeneratedRegex(@"'([^'\n]*)'|""([^""\n]*)""")]
    private static partial Regex Strings();
}
