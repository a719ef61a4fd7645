namespace Pipeline.Tests.Process;

/// <summary>The real <c>build.sh</c> and <c>build.ps1</c> (under PowerShell 7, the dotnet tool) run the compiled build
/// at once when nothing its compilation reads changed, and compile again after any change: a source, a file above the
/// build folder, a referenced assembly. Every call of <c>dotnet</c> goes through a logging wrapper first on PATH, so
/// the test sees whether MSBuild ran.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class BootstrapSkipTests(PowerShellTool powerShell) : IClassFixture<PowerShellTool>, IDisposable
{
    private readonly TemporaryBuildRepository _repository = new();
    private readonly string _tools = Directory.CreateTempSubdirectory("pipeline-dotnet-wrapper-").FullName;

    private string _script = "build.sh";

    private void Use(string script)
    {
        _script = script;
        var wrapper = Path.Combine(_tools, "dotnet");
        var real = ExecutableOnPath("dotnet");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$*\" >> {Path.Combine(_tools, "calls.log")}\nexec {real} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose()
    {
        _repository.Dispose();
        Directory.Delete(_tools, recursive: true);
    }

    private static string ExecutableOnPath(string name) =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(d => Path.Combine(d, name)).First(File.Exists);

    /// <summary>Runs the script (<c>build.sh Hello</c> or <c>build.ps1 Hello</c>) and returns its output and whether it compiled (called MSBuild).</summary>
    private async Task<(string Output, bool Compiled)> BuildSh(Dictionary<string, string>? environment = null)
    {
        var log = Path.Combine(_tools, "calls.log");
        File.Delete(log);
        var variables = new Dictionary<string, string>(environment ?? []) { ["PATH"] = $"{_tools}:{Environment.GetEnvironmentVariable("PATH")}" };
        var (exit, output) = _script == "build.sh"
            ? await ScriptRunner.Run(_repository.Root, Path.Combine(_repository.Root, "build.sh"), ["Hello", "--no-logo"], variables)
            : await ScriptRunner.Run(_repository.Root, powerShell.Pwsh, ["-NoProfile", "-File", Path.Combine(_repository.Root, "build.ps1"), "Hello", "--no-logo"], variables);
        Assert.True(exit == 0, output);
        var calls = File.ReadAllLines(log);
        Assert.EndsWith("_build.dll Hello --no-logo", calls[^1], StringComparison.Ordinal); // the build ran, with the dotnet on PATH
        return (output, calls.Any(c => c.StartsWith("publish ", StringComparison.Ordinal) || c.StartsWith("build ", StringComparison.Ordinal)));
    }

    private void Edit(string relative, string from, string to)
    {
        var path = Path.Combine(_repository.Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task An_unchanged_build_runs_at_once_and_any_change_to_what_it_reads_compiles_it_again(string script)
    {
        Use(script);
        var first = await BuildSh();
        var unchanged = await BuildSh();
        Edit("build/Build.cs", "hello from the build", "hello again from the build");
        var edited = await BuildSh();
        File.WriteAllText(Path.Combine(_repository.Root, "Directory.Build.props"), "<Project><PropertyGroup><NoWarn>$(NoWarn);CS8618</NoWarn></PropertyGroup></Project>\n");
        var propsAbove = await BuildSh();
        var always = await BuildSh(new Dictionary<string, string> { ["PIPELINE_ALWAYS_BUILD"] = "1" });
        var afterAlways = await BuildSh();

        Assert.True(first.Compiled, first.Output);
        Assert.False(unchanged.Compiled, unchanged.Output);
        Assert.Contains("hello from the build", unchanged.Output, StringComparison.Ordinal);
        Assert.True(edited.Compiled, edited.Output);
        Assert.Contains("hello again from the build", edited.Output, StringComparison.Ordinal);
        Assert.True(propsAbove.Compiled, propsAbove.Output);
        Assert.True(always.Compiled, always.Output);
        Assert.False(afterAlways.Compiled, afterAlways.Output);
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task A_source_from_outside_the_build_folder_always_compiles_because_its_inputs_are_not_known(string script)
    {
        Use(script);
        Directory.CreateDirectory(Path.Combine(_repository.Root, "shared"));
        File.WriteAllText(Path.Combine(_repository.Root, "shared", "Greeting.cs"), "static class Greeting { public const string Text = \"shared hello\"; }\n");
        Edit("build/_build.csproj", "</Project>", "  <ItemGroup><Compile Include=\"../shared/Greeting.cs\" /></ItemGroup>\n</Project>");

        var first = await BuildSh();
        var second = await BuildSh();

        Assert.True(first.Compiled, first.Output);
        Assert.True(second.Compiled, second.Output);
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task A_changed_referenced_assembly_compiles_the_build_again(string script)
    {
        Use(script);
        var first = await BuildSh();
        var hintPath = typeof(PipelineBuild).Assembly.Location;
        var copy = Path.Combine(_tools, "Pipeline.dll");
        File.Copy(hintPath, copy);
        Edit("build/_build.csproj", hintPath, copy);
        var moved = await BuildSh();
        File.AppendAllText(copy, "\0"); // the same path, other bytes
        var changed = await BuildSh();
        var unchanged = await BuildSh();

        Assert.True(first.Compiled && moved.Compiled && changed.Compiled, changed.Output);
        Assert.False(unchanged.Compiled, unchanged.Output);
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task An_sdk_installed_beside_the_dotnet_that_compiled_compiles_the_build_again(string script)
    {
        Use(script);
        var first = await BuildSh();
        var unchanged = await BuildSh();
        Directory.CreateDirectory(Path.Combine(_tools, "sdk", "10.0.999")); // global.json may now choose another SDK
        var installed = await BuildSh();
        var after = await BuildSh();

        Assert.True(first.Compiled, first.Output);
        Assert.False(unchanged.Compiled, unchanged.Output);
        Assert.True(installed.Compiled, installed.Output);
        Assert.False(after.Compiled, after.Output);
    }
}
