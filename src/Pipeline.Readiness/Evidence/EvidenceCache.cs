using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.FileSystemGlobbing;
using Pipeline.IO;
using Pipeline.Processes;

namespace Pipeline.Readiness;

/// <summary>Outcomes kept between runs (<c>.nuke/temp/evidence/</c>), so that a check whose inputs did not change is
/// not run again. Only a check that declares its inputs (<see cref="ReadinessCheck.Reuse"/>) is ever reused, only a
/// <b>Passed</b> outcome is kept (a failed or erroring check always runs again), only on a clean tree (the inputs are
/// read from the committed tree: path and blob of every file its globs match), and only within the age limit (one day
/// at most for a check that depends on something outside the repository). The key also covers the item, the check's
/// type and every field it holds (its options; a check whose state cannot be written is not reused), the declared
/// environment variables and tools, and the commit where the check says so; it is an HMAC with a key kept in the
/// folder, so nothing in a file name says anything about an input's value.</summary>
internal sealed class EvidenceCache
{
    private const int SchemaVersion = 1;
    private static readonly string[] Governance = [GovernancePaths.Waivers, GovernancePaths.Attestations, GovernancePaths.SignOffs, ".nuke/build.schema.json"]; // what no check reads: governance, and the schema the build writes for editors
    private readonly string _root;
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _tree;
    private readonly string _commit;
    private readonly TimeSpan _limit;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly byte[] _secret;
    private readonly Dictionary<string, string> _built = new(StringComparer.Ordinal); // read once per evaluation: every probe check names the same dll

    private EvidenceCache(string root, string folder, IReadOnlyDictionary<string, string> tree, string commit, TimeSpan limit, IReadOnlyDictionary<string, string> environment)
    {
        _root = root;
        _folder = Directory.CreateDirectory(folder).FullName;
        _tree = tree;
        _commit = commit;
        _limit = limit;
        _environment = environment;
        var secretFile = Path.Combine(_folder, "key");
        if (!File.Exists(secretFile))
        {
            AtomicFile.WriteAllText(secretFile, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        }

        _secret = Encoding.UTF8.GetBytes(File.ReadAllText(secretFile).Trim());
    }

    /// <summary>Where the files above the root are kept in the listing: every check's inputs include them.</summary>
    private const string AboveKey = "\0above";

    /// <summary>The files in the folders above the root that steer its build (as the bootstrap reads them).</summary>
    private static readonly string[] SteeringFiles = ["Directory.Build.props", "Directory.Build.targets", "Directory.Build.rsp", "Directory.Packages.props", "global.json", "nuget.config", ".editorconfig", ".globalconfig"];

    private static bool IsAbove(string path, string under)
    {
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : path[..(slash + 1)];
        return under.Length > 0 && under.StartsWith(folder, StringComparison.Ordinal) && SteeringFiles.Contains(path[(slash + 1)..], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The cache folder under the root.</summary>
    public static string DefaultFolder { get; } = Path.Combine(".nuke", "temp", "evidence");

    /// <summary>The cache for this evaluation, or null (with the reason logged) when nothing can be reused: the tree
    /// has changes, the commit is unknown, or git cannot list the tree.</summary>
    public static async Task<EvidenceCache?> OpenAsync(
        string root, IProcessRunner processes, string commit, bool clean, TimeSpan limit, IReadOnlyDictionary<string, string> environment, CancellationToken cancellation)
    {
        if (!clean || commit == CommitReader.Unknown)
        {
            Log.Information("Evidence cache: not used (the tree has changes git sees, or no commit): every check runs");
            return null;
        }

        var prefix = await Git.RunAsync(processes, root, ["rev-parse", "--show-prefix"], cancellation).ConfigureAwait(false);
        var listing = await Git.RunAsync(processes, root, ["-c", "core.quotePath=off", "ls-tree", "-r", "--full-tree", "HEAD"], cancellation).ConfigureAwait(false);
        if (prefix is not { ExitCode: 0 } || listing is not { ExitCode: 0 })
        {
            Log.Warning("Evidence cache: not used (git could not list the committed tree): every check runs");
            return null;
        }

        // The files under the root by their committed blobs (the tree there is clean), and the MSBuild and SDK files in
        // the folders above it (which the root's clean state does not cover) by their content as it is now.
        var under = prefix.StandardOutput.Trim();
        var tree = new Dictionary<string, string>(StringComparer.Ordinal);
        var above = new List<string>();
        foreach (var entry in listing.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <object>\t<path>"; a path git must quote (a tab or newline in it) stays quoted, as every run lists it
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var path = tab > 0 ? entry[(tab + 1)..] : string.Empty;
            if (path.StartsWith(under, StringComparison.Ordinal) && path.Length > under.Length)
            {
                tree[path[under.Length..]] = entry[..tab].Split(' ')[^1];
            }
            else if (IsAbove(path, under))
            {
                var file = Path.Combine(root, string.Concat(Enumerable.Repeat("../", under.Count(c => c == '/'))), path);
                above.Add($"{path}\0{(File.Exists(file) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))) : "absent")}");
            }
        }

        tree[AboveKey] = string.Join('\n', above.Order(StringComparer.Ordinal));
        return new EvidenceCache(root, Path.Combine(root, DefaultFolder), tree, commit, limit, environment);
    }

    /// <summary>The key of <paramref name="check"/>'s inputs for <paramref name="item"/>, or null when it is not reusable.</summary>
    public string? KeyOf(ChecklistItem item, ReadinessCheck check)
    {
        if (check.Reuse is not { } reuse || State(check) is not { } state)
        {
            return null;
        }

        var files = Matched(reuse.Files);
        var material = string.Join('\n', [
            $"schema {SchemaVersion}", item.Id, check.GetType().FullName, state,
            $"gate {typeof(EvidenceCache).Assembly.ManifestModule.ModuleVersionId} {check.GetType().Assembly.ManifestModule.ModuleVersionId}", // another build of the gate may judge differently
            .. files,
            _tree[AboveKey],
            .. reuse.Environment.Select(name => $"env {name}={_environment.GetValueOrDefault(name)}"),
            .. reuse.Tools.Select(Tool),
            .. reuse.Installed.SelectMany(InstalledEntries),
            .. reuse.Built.Select(path => _built.TryGetValue(path, out var entry) ? entry : _built[path] = BuiltEntry(path)),
            reuse.Commit ? $"commit {_commit}" : "any commit",
        ]);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(material)));
    }

    /// <summary>The committed files <paramref name="globs"/> match, each with its blob. (Its own method, so that the
    /// globbing assembly is loaded only when a check declares inputs.)</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private IEnumerable<string> Matched(IReadOnlyList<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        return matcher.Match(_tree.Keys.Where(p => p != AboveKey && !Governance.Contains(p))).Files.Select(f => f.Path).Order(StringComparer.Ordinal).Select(p => $"{p}\0{_tree[p]}");
    }

    /// <summary>The kept outcome for <paramref name="key"/>, marked as reused, when it passed and is young enough; its
    /// artifacts are put back under <paramref name="reportDirectory"/> (relative to the root).</summary>
    public CheckOutcome? Find(string key, ReadinessCheck check, DateTimeOffset now, string reportDirectory)
    {
        var path = Path.Combine(_folder, key + ".json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var entry = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new FormatException("not an object");
            var madeAt = PartEvidenceJson.Json.Time(entry, "madeAt");
            var outcome = OutcomeJson.Read(entry["outcome"], "outcome");
            var limit = check.Reuse is { External: true } ? TimeSpan.FromTicks(Math.Min(_limit.Ticks, EvidenceReuse.ExternalLimit.Ticks)) : _limit;
            if (PartEvidenceJson.Json.Int(entry, "schemaVersion") != SchemaVersion || outcome.CheckName != check.Name
                || outcome.Result.Status != CheckStatus.Passed || now - madeAt > limit || now < madeAt)
            {
                return null;
            }

            var artifacts = Path.Combine(_folder, key + ".artifacts");
            var declared = check.Reuse?.Artifacts ?? [];
            if (declared.Any(a => !Path.Exists(Path.Combine(artifacts, a))))
            {
                return null; // kept before its artifacts were: run it, and keep them this time
            }

            foreach (var artifact in declared)
            {
                Copy(Path.Combine(artifacts, artifact), Path.Combine(_root, reportDirectory, artifact));
            }

            var mark = new ReuseMark(PartEvidenceJson.Json.String(entry, "commit"), madeAt, key);
            return outcome with { Result = outcome.Result with { Summary = $"{outcome.Result.Summary} ({mark.Note})" }, Reused = mark };
        }
        catch (Exception exception) when (exception is FormatException or IOException or JsonException or InvalidOperationException)
        {
            Log.Warning($"Evidence cache: {Path.GetFileName(path)} is not readable ({exception.Message}); the check runs");
            return null;
        }
    }

    /// <summary>Keeps a passed outcome under <paramref name="key"/>, with the artifacts <paramref name="check"/> declares
    /// (from under <paramref name="reportDirectory"/>); not when one of them is missing.</summary>
    public void Store(string key, ReadinessCheck check, CheckOutcome outcome, DateTimeOffset now, string reportDirectory)
    {
        var declared = check.Reuse?.Artifacts ?? [];
        if (outcome.Result.Status != CheckStatus.Passed || outcome.Reused is not null || declared.Any(a => !Path.Exists(Path.Combine(_root, reportDirectory, a))))
        {
            return;
        }

        var artifacts = Path.Combine(_folder, key + ".artifacts");
        foreach (var artifact in declared)
        {
            Copy(Path.Combine(_root, reportDirectory, artifact), Path.Combine(artifacts, artifact));
        }

        var entry = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["commit"] = _commit,
            ["madeAt"] = now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["outcome"] = OutcomeJson.Write(outcome),
        };
        AtomicFile.WriteAllText(Path.Combine(_folder, key + ".json"), entry.ToJsonString());
    }

    /// <summary>Replaces <paramref name="target"/> with a copy of the file or folder <paramref name="source"/>.</summary>
    private static void Copy(string source, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(source))
        {
            File.Copy(source, target, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    /// <summary>Every field the check holds, written as JSON (shared work by its type and options), or null when one cannot be written.</summary>
    internal static string? State(ReadinessCheck check)
    {
        var state = new StringBuilder();
        try
        {
            for (var type = check.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly).OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    var value = field.GetValue(check);
                    state.Append(type.Name).Append('.').Append(field.Name).Append('=')
                        .Append(value switch
                        {
                            Collector collector => Written(collector),
                            Delegate { Target: Collector collector } reads => $"{reads.Method.Name} of {Written(collector)}", // the shared work's part it reads
                            Delegate => throw new NotSupportedException("a delegate's state is not known"),
                            _ => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object)),
                        })
                        .Append('\n');
                }
            }
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or ArgumentException or JsonException)
        {
            return null;
        }

        return state.ToString();
    }

    /// <summary>Shared work by its type and options (its key may be made afresh for each evaluation).</summary>
    private static string Written(Collector collector) =>
        $"collector {collector.GetType().FullName} {JsonSerializer.Serialize(collector.GetType().GetProperty("Options")?.GetValue(collector))}";

    /// <summary>A path the check runs (see <see cref="EvidenceReuse.Built"/>): committed, absent, or the content of every
    /// file in its folder.</summary>
    private string BuiltEntry(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return $"built {path} outside the root"; // a program by its full path is a tool, not the repository's
        }

        var relative = path.Replace('\\', '/');
        relative = relative.StartsWith("./", StringComparison.Ordinal) ? relative[2..] : relative;
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (_tree.ContainsKey(relative) || !File.Exists(full))
        {
            return $"built {path} {(File.Exists(full) ? "committed" : "absent")}";
        }

        var folder = Path.GetDirectoryName(full)!;
        var inFolder = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) == Path.GetFullPath(_root).TrimEnd(Path.DirectorySeparatorChar)
            ? [full] // at the root itself: the file alone, never the whole tree
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories);
        var files = inFolder.Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var content = File.OpenRead(f);
                return $"{Path.GetRelativePath(folder, f)}\0{Convert.ToHexStringLower(SHA256.HashData(content))}";
            });
        return $"built {path}: {string.Join('\n', files)}";
    }

    /// <summary>Every folder <paramref name="pattern"/> names (see <see cref="EvidenceReuse.Installed"/>) with the names
    /// of its entries.</summary>
    private IEnumerable<string> InstalledEntries(string pattern)
    {
        var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        var path = pattern.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, pattern[2..]) : Path.Combine(_root, pattern);
        var folders = new List<string> { Path.GetPathRoot(Path.GetFullPath(path))! };
        foreach (var segment in Path.GetFullPath(path)[folders[0].Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            folders = [.. folders.Where(Directory.Exists).SelectMany(f => segment.Contains('*', StringComparison.Ordinal)
                ? Directory.EnumerateDirectories(f, segment).Order(StringComparer.Ordinal)
                : Enumerable.Repeat(Path.Combine(f, segment), 1))];
        }

        return folders.Where(Directory.Exists).Select(f =>
            $"installed {f}: {string.Join(',', Directory.EnumerateFileSystemEntries(f).Select(Path.GetFileName).Order(StringComparer.Ordinal))}");
    }

    /// <summary>What identifies an installed tool: its resolved path, size and time, and for <c>dotnet</c> the SDKs it has.</summary>
    private static string Tool(string name)
    {
        if (ExecutableLookup.Find(name) is not { } found)
        {
            return $"tool {name} missing";
        }

        var file = new FileInfo(found);
        var resolved = file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
        var sdks = name == "dotnet" && resolved.Directory is { } home && Directory.Exists(Path.Combine(home.FullName, "sdk"))
            ? string.Join(',', Directory.GetDirectories(Path.Combine(home.FullName, "sdk")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            : string.Empty;
        return $"tool {name} {resolved.FullName} {resolved.Length} {resolved.LastWriteTimeUtc:O} {sdks}";
    }
}
