namespace Pipeline;

/// <summary>What a build offers its components (interfaces with default members, as in Nuke.Components): the root,
/// the process runner, the secret masker, the clock and the environment. <see cref="PipelineBuild"/> implements it.</summary>
public interface IPipelineBuild
{
    /// <summary>The repository root.</summary>
    string RootDirectory { get; }

    /// <summary>Runs processes with output in the target's log and secrets masked.</summary>
    IProcessRunner Processes { get; }

    /// <summary>Masks values in everything the build prints.</summary>
    SecretMasker Secrets { get; }

    /// <summary>The clock.</summary>
    TimeProvider Time { get; }

    /// <summary>The environment variables the build was started with.</summary>
    IReadOnlyDictionary<string, string> EnvironmentVariables { get; }

    /// <summary>True on a CI server.</summary>
    bool IsServerBuild { get; }
}
