using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>The .NET tests of one category as the source declares them, for when <c>dotnet test</c> cannot run (a
/// restore failure, several solutions at the root): test methods (xUnit <c>[Fact]</c>/<c>[Theory]</c>, NUnit
/// <c>[Test]</c>/<c>[TestCase]</c>, MSTest <c>[TestMethod]</c>) whose method or class carries the category's trait
/// (<c>[Trait("Category", "X")]</c>, <c>[Category("X")]</c>, <c>[TestCategory("X")]</c>); and the test classes of
/// a test project, by full name, which a partitioned run deals (<see cref="DotNetClassFilter"/>).</summary>
internal static partial class DotNetTestInventory
{
    /// <summary>The tests of <paramref name="category"/> as <c>Class.Method (file(line))</c>.</summary>
    public static List<string> Of(string root, string category)
    {
        var names = new List<string>();
        foreach (var (file, text) in Sources(root, string.Empty))
        {
            var classes = Class().Matches(text).Select(m => (m.Index, Name: m.Groups["name"].Value, Tagged: HasCategory(AttributesBefore(text, m.Index), category))).ToList();
            foreach (Match method in Method().Matches(text))
            {
                var attributes = AttributesBefore(text, method.Index);
                if (!TestAttribute().IsMatch(attributes))
                {
                    continue;
                }

                var owner = classes.LastOrDefault(c => c.Index < method.Index);
                if (HasCategory(attributes, category) || owner.Tagged)
                {
                    names.Add($"{owner.Name}.{method.Groups["name"].Value} ({file.Replace('\\', '/')}({ServiceSource.LineOf(text, method.Index)}))");
                }
            }
        }

        return names;
    }

    /// <summary>The classes of the C# files under the folders <paramref name="folders"/> (relative to
    /// <paramref name="root"/>) that declare a test method, by full name (<c>Namespace.Class</c>), in ordinal order:
    /// only those at the outermost indentation of their file, so a nested class (whose tests VSTest names
    /// <c>Ns.Outer+Inner.M</c>) is left to the partition that runs the rest, as is anything this reading gets wrong.</summary>
    public static List<string> Classes(string root, IEnumerable<string> folders)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in folders.Distinct(StringComparer.Ordinal).SelectMany(folder => Sources(root, folder)))
        {
            var classes = Class().Matches(text).ToList();
            var outermost = classes.Count == 0 ? 0 : classes.Min(c => c.Groups["indent"].Length);
            var tests = Method().Matches(text).Where(m => TestAttribute().IsMatch(AttributesBefore(text, m.Index))).Select(m => m.Index).ToList();
            var namespaces = Namespace().Matches(text).ToList();
            var outer = classes.Where(c => c.Groups["indent"].Length == outermost).ToList();
            for (var i = 0; i < outer.Count; i++)
            {
                var end = i + 1 < outer.Count ? outer[i + 1].Index : text.Length;
                if (tests.Any(t => t > outer[i].Index && t < end))
                {
                    var space = namespaces.LastOrDefault(n => n.Index < outer[i].Index)?.Groups["name"].Value;
                    names.Add(space is null ? outer[i].Groups["name"].Value : $"{space}.{outer[i].Groups["name"].Value}");
                }
            }
        }

        return [.. names];
    }

    /// <summary>The C# files under <paramref name="folder"/> (relative to <paramref name="root"/>; empty: all of it)
    /// that use a test attribute, by path relative to <paramref name="root"/>, with their text.</summary>
    private static IEnumerable<(string File, string Text)> Sources(string root, string folder)
    {
        var under = Path.Combine(root, folder);
        if (!Directory.Exists(under))
        {
            yield break;
        }

        foreach (var file in RepositoryTree.Files(under, d => Path.GetFileName(d) is "bin" or "obj" or "node_modules" or "artifacts" || Path.GetFileName(d).StartsWith('.'))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var relative = folder.Length == 0 ? file : Path.Combine(folder, file).Replace('\\', '/');
            var text = File.ReadAllText(Path.Combine(root, relative));
            if (TestAttribute().IsMatch(text))
            {
                yield return (relative, text);
            }
        }
    }

    /// <summary>The attribute lines directly above a declaration.</summary>
    private static string AttributesBefore(string text, int index)
    {
        var lines = text[..index].Split('\n');
        return string.Join('\n', lines.Reverse().Skip(1).TakeWhile(l => l.TrimStart().StartsWith('[') || l.Trim().Length == 0).Take(12));
    }

    private static bool HasCategory(string attributes, string category) =>
        Regex.IsMatch(attributes, $@"\[(Trait\(\s*""Category""\s*,\s*|Category\(\s*|TestCategory\(\s*)""{Regex.Escape(category)}""");

    [GeneratedRegex(@"\[(Fact|Theory|Test|TestCase|TestMethod|DataTestMethod)\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?:(?:public|internal|private|protected|sealed|static|partial|abstract)\s+)*class\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Class();

    [GeneratedRegex(@"^[ \t]*namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^[ \t]*(?:(?:public|internal|private|protected|static|async|virtual|override)\s+)+[\w<>\[\],. ?]+\s+(?<name>\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex Method();
}
