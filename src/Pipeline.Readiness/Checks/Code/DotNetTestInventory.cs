using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>The .NET tests of one category as the source declares them, for when <c>dotnet test</c> cannot run (a
/// restore failure, several solutions at the root): test methods (xUnit <c>[Fact]</c>/<c>[Theory]</c>, NUnit
/// <c>[Test]</c>/<c>[TestCase]</c>, MSTest <c>[TestMethod]</c>) whose method or class carries the category's trait
/// (<c>[Trait("Category", "X")]</c>, <c>[Category("X")]</c>, <c>[TestCategory("X")]</c>).</summary>
internal static partial class DotNetTestInventory
{
    /// <summary>The tests of <paramref name="category"/> as <c>Class.Method (file(line))</c>.</summary>
    public static List<string> Of(string root, string category)
    {
        var names = new List<string>();
        foreach (var file in RepositoryTree.Files(root, d => Path.GetFileName(d) is "bin" or "obj" or "node_modules" or "artifacts" || Path.GetFileName(d).StartsWith('.'))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(root, file));
            if (!TestAttribute().IsMatch(text))
            {
                continue;
            }

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

    [GeneratedRegex(@"^[ \t]*(?:(?:public|internal|private|sealed|static|partial|abstract)\s+)*class\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex Class();

    [GeneratedRegex(@"^[ \t]*(?:(?:public|internal|private|protected|static|async|virtual|override)\s+)+[\w<>\[\],. ?]+\s+(?<name>\w+)\s*\(", RegexOptions.Multiline)]
    private static partial Regex Method();
}
