using System.Reflection.PortableExecutable;

namespace Pipeline.Tests.Process;

/// <summary>The real <c>build.sh</c> and <c>build.ps1</c> compile the build ahead of time (ReadyToRun for the
/// machine's runtime), so that a warm start spends no time in the JIT for the engine's own code; where the SDK cannot
/// (the feed serves no crossgen pack for it), they compile it as before and say why, rather than failing.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class BootstrapReadyToRunTests(PowerShellTool powerShell) : IClassFixture<PowerShellTool>, IDisposable
{
    private readonly TemporaryBuildRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    private async Task<(int Exit, string Output)> Start(string script) => script == "build.sh"
        ? await ScriptRunner.Run(_repository.Root, Path.Combine(_repository.Root, "build.sh"), ["Hello", "--no-logo"])
        : await ScriptRunner.Run(_repository.Root, powerShell.Pwsh, ["-NoProfile", "-File", Path.Combine(_repository.Root, "build.ps1"), "Hello", "--no-logo"]);

    private async Task<string> Run(string script)
    {
        var (exit, output) = await Start(script);
        Assert.True(exit == 0, output);
        Assert.Contains("hello from the build", output, StringComparison.Ordinal);
        return output;
    }

    /// <summary>Whether the assembly carries native code for the runtime (a ReadyToRun image has a managed native
    /// header; IL-only assemblies have none).</summary>
    private bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(Path.Combine(_repository.Root, ".nuke", "temp", "build-bin", assembly));
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task The_build_and_the_engine_it_references_are_compiled_ahead_of_time(string script)
    {
        await Run(script);

        Assert.True(IsReadyToRun("_build.dll"), "_build.dll holds IL only");
        Assert.True(IsReadyToRun("Pipeline.dll"), "Pipeline.dll holds IL only");
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task Without_a_crossgen_pack_on_the_feed_the_build_compiles_as_before_and_says_why(string script)
    {
        // A feed that serves no crossgen pack for this SDK: ask for a version no feed has (a real restore failure).
        File.WriteAllText(Path.Combine(_repository.Root, "Directory.Build.targets"), """
            <Project>
              <ItemGroup>
                <KnownCrossgen2Pack Update="@(KnownCrossgen2Pack)" Crossgen2PackVersion="0.0.1-none" />
              </ItemGroup>
            </Project>
            """);

        var output = await Run(script);

        Assert.False(IsReadyToRun("_build.dll"), "_build.dll was compiled ahead of time although no crossgen pack was served");
        Assert.Contains("without ReadyToRun", output, StringComparison.Ordinal);
        Assert.Contains("Microsoft.NETCore.App.Crossgen2", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("build.sh")]
    [InlineData("build.ps1")]
    public async Task A_package_of_the_build_itself_that_no_feed_has_fails_the_compile_without_a_second_attempt(string script)
    {
        var project = Path.Combine(_repository.Root, "build", "_build.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>",
            "  <ItemGroup><PackageReference Include=\"Pipeline.Tests.NoSuchPackage\" Version=\"9.9.9\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));

        var (exit, output) = await Start(script);

        Assert.True(exit != 0, output);
        Assert.Contains("Pipeline.Tests.NoSuchPackage", output, StringComparison.Ordinal);
        Assert.DoesNotContain("without ReadyToRun", output, StringComparison.Ordinal);
    }
}
