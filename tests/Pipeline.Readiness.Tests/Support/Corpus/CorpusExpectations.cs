namespace Pipeline.Readiness.Tests.Support.Corpus;

/// <summary>A labelled expectation file of one real repository (<c>bench/corpus/*.tsv</c>): for each checklist item
/// the status its files justify and the text the gate's reason must contain, and for each secret finding whether it is
/// a real credential. Written by reading the repository, never from the gate's output.</summary>
internal sealed record CorpusExpectations(string Source, IReadOnlyList<ItemExpectation> Items, IReadOnlyList<SecretJudgement> Secrets)
{
    /// <summary>Reads an expectation file; a malformed line is an error naming the file, the line and what was expected.</summary>
    /// <exception cref="FormatException">A line is not one of the three forms, or an item is listed twice.</exception>
    public static CorpusExpectations Read(string path)
    {
        var (source, items, secrets) = ((string?)null, new List<ItemExpectation>(), new List<SecretJudgement>());
        var lines = File.ReadAllLines(path);
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            string Where(string expected) => $"{path}({index + 1}): expected {expected}, found '{line}'";
            switch (fields[0])
            {
                case "source" when fields.Length == 2:
                    source = fields[1];
                    break;
                case "secret" when fields.Length == 5 && fields[3] is "true" or "false" && fields[1].LastIndexOf(':') > 0:
                    var at = fields[1].LastIndexOf(':');
                    if (!int.TryParse(fields[1][(at + 1)..], out var number))
                    {
                        throw new FormatException(Where("file:line with a line number"));
                    }

                    secrets.Add(new SecretJudgement(fields[1][..at], number, fields[2], fields[3] == "true", fields[4]));
                    break;
                case "secret":
                    throw new FormatException(Where("secret<TAB>file:line<TAB>rule<TAB>true|false<TAB>evidence"));
                default:
                    if (fields.Length != 4 || !ItemExpectation.Statuses.Contains(fields[1]))
                    {
                        throw new FormatException(Where($"item<TAB>{string.Join('|', ItemExpectation.Statuses)}<TAB>reason text or -<TAB>evidence"));
                    }

                    if (items.Any(i => i.Item == fields[0]))
                    {
                        throw new FormatException(Where($"each item once; {fields[0]} is listed before"));
                    }

                    items.Add(new ItemExpectation(fields[0], fields[1], fields[2] == "-" ? null : fields[2], fields[3]));
                    break;
            }
        }

        return new CorpusExpectations(source ?? throw new FormatException($"{path}: expected a 'source<TAB>name' line"), items, secrets);
    }
}

/// <summary>What one item's files justify: a status (or <c>undecided</c>: the files do not settle it) and the text the
/// gate's reason must hold for the decision to count (the right workload, file or metric), with the evidence read.</summary>
internal sealed record ItemExpectation(string Item, string Status, string? ReasonContains, string Evidence)
{
    /// <summary>The statuses an expectation can name.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["passed", "failed", "notApplicable", "undecided"];

    /// <summary>Whether the files settle the item.</summary>
    public bool Settled => Status != "undecided";
}

/// <summary>Whether the secret finding at <see cref="File"/>(<see cref="Line"/>) by <see cref="Rule"/> is a real credential.</summary>
internal sealed record SecretJudgement(string File, int Line, string Rule, bool Real, string Evidence);
