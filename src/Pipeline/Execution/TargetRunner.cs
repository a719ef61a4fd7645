using Pipeline.Definition;
using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>Runs one target: dynamic conditions, whether it is up to date (<see cref="TargetStamps"/>), then each
/// action in turn, awaited, with its log as the current sink.</summary>
internal static class TargetRunner
{
    public static async Task<(TargetStatus Status, string? Reason)> RunAsync(
        TargetDefinition target, TargetLog log, TargetStamps? stamps, CancellationToken cancellation)
    {
        using var scope = Log.Use(log);
        var declared = stamps is null ? null : target.Inputs;
        string? inputs = null;
        try
        {
            foreach (var condition in target.DynamicConditions)
            {
                if (!condition.Evaluate())
                {
                    return (TargetStatus.Skipped, $"condition false: {condition.Text}");
                }
            }

            if (declared is not null)
            {
                (inputs, var why) = await stamps!.InputsAsync(target, declared, cancellation).ConfigureAwait(false);
                if (why is not null)
                {
                    log.Write(LogLevel.Warning, $"Target '{target.Name}' runs: whether it is up to date cannot be told, as {why}");
                }
                else if (stamps.UpToDate(target, inputs, stamps.Outputs(declared)) is { } upToDate)
                {
                    return (TargetStatus.Skipped, upToDate);
                }
            }

            foreach (var action in target.Actions)
            {
                cancellation.ThrowIfCancellationRequested();
                await action(cancellation).ConfigureAwait(false);
            }

            if (declared is not null)
            {
                Remember(target, declared, stamps!, inputs, log);
            }

            return (TargetStatus.Succeeded, null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Write(LogLevel.Error, $"Target '{target.Name}' was aborted.");
            if (declared is not null)
            {
                stamps!.Forget(target);
            }

            return (TargetStatus.Aborted, "cancelled while running");
        }
        catch (Exception exception)
        {
            if (declared is not null)
            {
                stamps!.Forget(target);
            }

            var reason = Describe(exception);
            log.Write(LogLevel.Error, $"Target '{target.Name}' failed: {reason}");
            log.Write(LogLevel.Debug, exception.ToString());
            return (TargetStatus.Failed, reason);
        }
    }

    /// <summary>Records a success, unless its inputs could not be read or it left no output file.</summary>
    private static void Remember(TargetDefinition target, TargetInputs declared, TargetStamps stamps, string? inputs, TargetLog log)
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

    private static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return inner.Message;
    }
}
