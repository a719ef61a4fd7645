using Pipeline.Definition;
using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>One run of a target declared with <see cref="ITargetDefinition.SkipWhenUnchanged"/>
/// (<see cref="TargetStamps.BeginAsync"/>): whether it is up to date, and what its end leaves in its record.</summary>
/// <param name="stamps">The records.</param>
/// <param name="target">The target.</param>
/// <param name="declared">Its input and output paths.</param>
/// <param name="inputs">The digest of its inputs when it started; null when git could not list them.</param>
internal sealed class TargetStamp(TargetStamps stamps, TargetDefinition target, TargetInputs declared, string? inputs)
{
    /// <summary>Why the target need not run (<c>up to date: …</c>), or null.</summary>
    public string? UpToDate { get; init; }

    /// <summary>Records the success with its inputs as they were when it started and its outputs as they are now,
    /// unless its inputs could not be read or it left no output file (then it runs next time).</summary>
    public void Succeeded(TargetLog log)
    {
        if (inputs is not null && stamps.Outputs(declared) is { } outputs)
        {
            stamps.Record(target, inputs, outputs);
            return;
        }

        stamps.Forget(target);
        if (inputs is not null)
        {
            log.Write(LogLevel.Warning, $"Target '{target.Name}' left no file under {string.Join(", ", declared.Outputs)}: it will run again next time");
        }
    }

    /// <summary>Forgets the last success: a failed or aborted run may have left its outputs half-written.</summary>
    public void Failed() => stamps.Forget(target);
}
