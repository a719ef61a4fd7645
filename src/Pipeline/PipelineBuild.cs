namespace Pipeline;

/// <summary>Base class of a build: declare targets as <see cref="Target"/> properties and parameters with
/// <see cref="ParameterAttribute"/>, then <c>public static int Main() => Execute&lt;Build&gt;(x => x.Compile);</c>.</summary>
public abstract class PipelineBuild : IPipelineBuild
{
    /// <summary>The repository root: <c>--root</c>, or the nearest folder above the current one holding <c>.nuke</c>.</summary>
    public string RootDirectory { get; internal set; } = Directory.GetCurrentDirectory();

    /// <summary>Runs processes with output in the target's log and secrets masked.</summary>
    public IProcessRunner Processes { get; internal set; } = new ProcessRunner();

    /// <summary>Masks values in everything the build prints; register secrets found at run time here.</summary>
    public SecretMasker Secrets { get; internal set; } = new();

    /// <summary>The clock; tests substitute a fake one.</summary>
    public TimeProvider Time { get; internal set; } = TimeProvider.System;

    /// <summary>The chosen <c>--verbosity</c>.</summary>
    public Verbosity Verbosity { get; internal set; } = Verbosity.Normal;

    /// <summary>The name of the CI host (GitHub Actions, Azure Pipelines, GitLab CI) or "Terminal".</summary>
    public string Host { get; internal set; } = "Terminal";

    /// <summary>The environment variables the build was started with.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; internal set; } = new Dictionary<string, string>();

    /// <summary>True on a CI server.</summary>
    public bool IsServerBuild { get; internal set; }

    /// <summary>True on a developer's machine.</summary>
    public bool IsLocalBuild => !IsServerBuild;

    /// <summary>Runs the build with the process's arguments; <paramref name="defaultTarget"/> runs when none is named.
    /// Returns 0 on success, 1 when a target failed or the build was aborted, 2 on invalid usage.</summary>
    protected static int Execute<T>(Func<T, Target>? defaultTarget = null)
        where T : PipelineBuild, new() =>
        ConsoleEntryPoint.Run(() => new T(), defaultTarget is null ? null : build => defaultTarget((T)build));
}
