namespace Pipeline.Tests.Support;

/// <summary>Runs a whole build in-process (parse, parameters, discovery, plan, execution, summary) in a temporary
/// root folder with a <c>.nuke</c> directory, capturing everything it prints.</summary>
internal sealed class BuildRun : IDisposable
{
    public BuildRun()
    {
        Root = Directory.CreateTempSubdirectory("pipeline-test-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
    }

    public string Root { get; }

    public Dictionary<string, string> Environment { get; } = [];

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public async Task<(int ExitCode, string Output)> Run<T>(string[] args, Func<T, Target>? defaultTarget = null, CancellationToken cancellation = default)
        where T : PipelineBuild, new()
    {
        var writer = new StringWriter();
        var inputs = new BuildInputs(args, Environment, Root, writer, TimeProvider.System, IsTerminal: false, cancellation);
        var exit = await BuildSession.RunAsync(() => new T(), defaultTarget is null ? null : b => defaultTarget((T)b), inputs);
        return (exit, writer.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
