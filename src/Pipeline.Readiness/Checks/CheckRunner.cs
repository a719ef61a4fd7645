namespace Pipeline.Readiness.Checks;

/// <summary>Runs one check and never lets it pass by accident: invalid options, a throw, a timeout, cancellation
/// and a pass that examined nothing all become an Error with the reason.</summary>
internal static class CheckRunner
{
    public static async Task<CheckOutcome> RunAsync(ReadinessCheck check, CheckContext context, SecretMasker masker)
    {
        var startedAt = context.Time.GetUtcNow();
        var started = context.Time.GetTimestamp();
        var processes = new RecordingProcessRunner(context.Processes);
        var result = await Decide(check, context with { Processes = processes }, masker).ConfigureAwait(false);
        return new CheckOutcome(check.Name, result, startedAt, context.Time.GetElapsedTime(started)) { Processes = processes.Records, Stack = check.Stack };
    }

    private static async Task<CheckResult> Decide(ReadinessCheck check, CheckContext context, SecretMasker masker)
    {
        var invalid = check.ValidateOptions().ToList();
        if (invalid.Count > 0)
        {
            return CheckResult.Error($"invalid options for check '{check.Name}': {string.Join("; ", invalid)}");
        }

        using var timeout = new CancellationTokenSource(check.Timeout, context.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation, timeout.Token);
        var running = Task.Run(() => check.RunAsync(context with { Cancellation = linked.Token }), CancellationToken.None);
        var deadline = Task.Delay(Timeout.InfiniteTimeSpan, linked.Token);
        try
        {
            if (await Task.WhenAny(running, deadline).ConfigureAwait(false) != running)
            {
                return context.Cancellation.IsCancellationRequested
                    ? CheckResult.Error("cancelled before the check finished")
                    : CheckResult.Error($"check '{check.Name}' timed out after {check.Timeout}");
            }

            var result = await running.ConfigureAwait(false);
            return result.Status == CheckStatus.Passed && result.Examined <= 0
                ? CheckResult.Error($"check '{check.Name}' examined nothing, so it proves nothing: {result.Summary}")
                : result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.Cancellation.IsCancellationRequested)
        {
            return CheckResult.Error($"check '{check.Name}' timed out after {check.Timeout}"); // the check saw its limit before the runner did
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            return CheckResult.Error("cancelled before the check finished");
        }
        catch (PrerequisiteFailedException exception)
        {
            return CheckResult.Error(masker.Apply(exception.Message)); // the cause, once named, is the reason
        }
        catch (Exception exception)
        {
            return CheckResult.Error(masker.Apply($"check '{check.Name}' could not run: {exception.GetType().Name}: {exception.Message}"));
        }
        finally
        {
            await timeout.CancelAsync().ConfigureAwait(false); // releases the deadline task
        }
    }
}
