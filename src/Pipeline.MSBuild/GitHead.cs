namespace Pipeline.MSBuild;

/// <summary>Reads the current commit from <c>.git</c> without running git: HEAD, then the branch ref, loose or packed.</summary>
internal static class GitHead
{
    public static string? Read(string repository)
    {
        var git = Path.Combine(repository, ".git");
        var head = File.ReadAllText(Path.Combine(git, "HEAD")).Trim();
        if (!head.StartsWith("ref: ", StringComparison.Ordinal))
        {
            return head;
        }

        var reference = head[5..];
        var loose = Path.Combine(git, reference.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(loose))
        {
            return File.ReadAllText(loose).Trim();
        }

        var packed = Path.Combine(git, "packed-refs");
        return File.Exists(packed)
            ? File.ReadLines(packed).Select(l => l.Split(' ')).FirstOrDefault(p => p.Length == 2 && p[1] == reference)?[0]
            : null;
    }
}
