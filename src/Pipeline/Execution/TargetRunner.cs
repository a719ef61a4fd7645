using Pipeline.Definition;
using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>Runs one target: dynamic conditions, then each action in turn, awaited, with its log as the current sink.</summary>
internal static class TargetRunner
{
    public static async Task<(TargetStatus Status, string? Reason)> RunAsync(
        TargetDefinition target, TargetLog log, CancellationToken cancellation)
    {
        using var scope = Log.Use(log);
        try
        {
            foreach (var condition in target.DynamicConditions)
            {
                if (!condition.Evaluate())
                {
                    return (TargetStatus.Skipped, $"condition false: {condition.Text}");
                }
            }

            foreach (var action in target.Actions)
            {
                cancellation.ThrowIfCancellationRequested();
                await action(cancellation).ConfigureAwait(false);
            }

            return (TargetStatus.Succeeded, null);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Write(LogLevel.Error, $"Target '{target.Name}' was aborted.");
            return (TargetStatus.Aborted, "cancelled while running");
        }
        catch (Exception exception)
        {
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
