namespace Pipeline.Tests.Process;

/// <summary>PowerShell 7 installed for the test class as the dotnet tool NuGet serves (<c>PowerShell</c> 7.6.9), so
/// that <c>build.ps1</c> runs for real on Linux.</summary>
public sealed class PowerShellTool : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-pwsh-").FullName;

    public string Pwsh => Path.Combine(_folder, "pwsh");

    public async Task InitializeAsync()
    {
        var (exit, output) = await ScriptRunner.Run(_folder, "dotnet", ["tool", "install", "PowerShell", "--version", "7.6.9", "--tool-path", _folder]);
        Assert.True(exit == 0, output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
