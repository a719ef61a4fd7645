using System.Text.RegularExpressions;
using Pipeline.Tests.Process;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Tests.Support;

/// <summary>Runs a GitHub Actions workflow's jobs on this machine as a runner would: each job in its own fresh clone of
/// the repository (its own process and folders), its <c>run</c> steps under bash with the step's environment
/// (expressions <c>secrets.*</c>, <c>vars.*</c>, <c>steps.*.outputs.*</c>, <c>needs.*.outputs.*</c> resolved) and
/// <c>GITHUB_OUTPUT</c> per step; <c>actions/upload-artifact</c> and <c>actions/download-artifact</c> go through one
/// artifact folder, the only thing jobs share. <c>actions/cache</c> is skipped: a cache only saves time, and no CI
/// cache service runs here. Any other action is refused, so a workflow this cannot run fails the test.</summary>
internal sealed partial class LocalWorkflow(string workflowFile, string repository, string workRoot)
{
    private readonly YamlMappingNode _jobs = (YamlMappingNode)Load(workflowFile)["jobs"];

    /// <summary>Where the jobs' artifacts are kept, one folder per artifact name.</summary>
    public string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(workRoot, "artifacts")).FullName;

    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> JobIds => [.. _jobs.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    /// <summary>The ids in <c>needs</c> of job <paramref name="id"/>.</summary>
    public IReadOnlyList<string> Needs(string id) =>
        Job(id).Children.TryGetValue("needs", out var needs) ? [.. ((YamlSequenceNode)needs).Select(n => ((YamlScalarNode)n).Value!)] : [];

    /// <summary>Runs job <paramref name="id"/> in a fresh clone; <paramref name="done"/> holds the outputs of the jobs it needs.</summary>
    public async Task<JobRun> RunAsync(string id, IReadOnlyDictionary<string, JobRun> done, string? clone = null)
    {
        var job = Job(id);
        var folder = clone ?? Path.Combine(workRoot, "jobs", id);
        var stepOutputs = new Dictionary<string, Dictionary<string, string>>();
        var log = new List<string>();
        var failed = false;
        var index = 0;
        foreach (var step in ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>())
        {
            index++;
            var condition = Scalar(step, "if");
            if (failed && condition is not ("always()" or "${{ always() }}"))
            {
                continue;
            }

            string Expand(string text) => Expression().Replace(text, m => Resolve(m.Groups[1].Value.Trim(), stepOutputs, done));
            if (Scalar(step, "uses") is { } uses)
            {
                var with = step.Children.TryGetValue("with", out var w) ? ((YamlMappingNode)w).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Expand(((YamlScalarNode)e.Value).Value!)) : [];
                switch (uses.Split('@')[0])
                {
                    case "actions/checkout":
                        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
                        GitRepository.Run(workRoot, "clone", "--quiet", repository, folder);
                        break;
                    case "actions/cache":
                        break;
                    case "actions/upload-artifact":
                        foreach (var path in with["path"].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            var source = Path.Combine(folder, path);
                            if (Directory.Exists(source))
                            {
                                Copy(source, Path.Combine(Artifacts, with["name"]));
                            }
                            else if (with.GetValueOrDefault("if-no-files-found") != "ignore")
                            {
                                throw new InvalidOperationException($"{id}: upload-artifact found nothing at {path}\n{string.Join("\n", log)}");
                            }
                        }

                        break;
                    case "actions/download-artifact":
                        var pattern = new Regex("^" + Regex.Escape(with["pattern"]).Replace(@"\*", ".*", StringComparison.Ordinal) + "$");
                        foreach (var artifact in Directory.EnumerateDirectories(Artifacts).Where(a => pattern.IsMatch(Path.GetFileName(a))))
                        {
                            Copy(artifact, Path.Combine(folder, with["path"], Path.GetFileName(artifact)));
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"{id}: this local runner does not know the action {uses}");
                }

                continue;
            }

            var output = Path.Combine(workRoot, "outputs", $"{id}-{index}");
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllText(output, string.Empty);
            var environment = step.Children.TryGetValue("env", out var env)
                ? ((YamlMappingNode)env).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Expand(((YamlScalarNode)e.Value).Value!))
                : [];
            environment["GITHUB_ACTIONS"] = "true";
            environment["CI"] = "true";
            environment["GITHUB_OUTPUT"] = output;
            var (exit, text) = await ScriptRunner.Run(folder, "bash", ["-e", "-c", Expand(Scalar(step, "run")!)], environment, timeout: TimeSpan.FromMinutes(10));
            log.Add($"$ {Scalar(step, "run")} -> {exit}\n{text}");
            failed |= exit != 0;
            if (Scalar(step, "id") is { } stepId)
            {
                stepOutputs[stepId] = File.ReadAllLines(output).Where(l => l.Contains('=', StringComparison.Ordinal))
                    .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            }
        }

        var outputs = job.Children.TryGetValue("outputs", out var o)
            ? ((YamlMappingNode)o).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => Expression().Replace(((YamlScalarNode)e.Value).Value!, m => Resolve(m.Groups[1].Value.Trim(), stepOutputs, done)))
            : [];
        return new JobRun(id, folder, !failed, outputs, string.Join("\n", log));
    }

    private string Resolve(string expression, Dictionary<string, Dictionary<string, string>> steps, IReadOnlyDictionary<string, JobRun> done)
    {
        var parts = expression.Split('.');
        return parts switch
        {
            ["secrets", var name] => Secrets.GetValueOrDefault(name, string.Empty),
            ["vars", var name] => string.Empty,
            ["steps", var step, "outputs", var name] => steps.GetValueOrDefault(step)?.GetValueOrDefault(name) ?? string.Empty,
            ["needs", var job, "outputs", var name] => done.TryGetValue(job, out var run) ? run.Outputs.GetValueOrDefault(name, string.Empty) : string.Empty,
            _ => throw new InvalidOperationException($"this local runner cannot evaluate ${{{{ {expression} }}}}"),
        };
    }

    private YamlMappingNode Job(string id) => (YamlMappingNode)_jobs[id];

    private static string? Scalar(YamlMappingNode node, string key) => node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"\$\{\{(.*?)\}\}")]
    private static partial Regex Expression();
}

/// <summary>How one job ended: its clone, whether every step succeeded, its outputs and its steps' output.</summary>
internal sealed record JobRun(string Id, string Folder, bool Succeeded, IReadOnlyDictionary<string, string> Outputs, string Log);
