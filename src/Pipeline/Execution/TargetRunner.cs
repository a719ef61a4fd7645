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
        TargetStamp? stamp = null;
        try
        {
            foreach (var condition in target.DynamicConditions)
            {
                if (!condition.Evaluate())
                {
                    return (TargetStatus.Skipped, $"condition false: {condition.Text}");
                }
            }

            stamp = stamps is null ? null : await stamps.BeginAsync(target, log, cancellation).ConfigureAwait(false);
            if (stamp?.UpToDate is { } upToDate)
            {
                return (TargetStatus.Skipped, upToDate);
            }

            foreach (var action in target.Actions)
            {
                cancellation.ThrowIfCancellationRequested();
                await action(cancellation).ConfigureAwait(false);
            }

            stamp?.Succeeded(log);
            return (TargetStatus.Succeeded, null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Write(LogLevel.Error, $"Target '{target.Name}' was aborted.");
            stamp?.Failed();
            return (TargetStatus.Aborted, "cancelled while running");
        }
        catch (Exception exception)
        {
            stamp?.Failed();
            var reason = Describe(exception);
            log.Write(LogLevel.Error, $"Target '{target.Name}' failed: {reason}");
            log.Write(LogLevel.Debug, exception.ToString());
            return (TargetStatus.Failed, reason);
        }
    }

    private static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        return inner.Message;
    }
}
