namespace Pipeline.Readiness.Tests.Checks;

/// <summary>Shared work is collected once per evaluation, under its own timeout and the evaluation's cancellation —
/// never the first reader's — and every reader's evidence lists the processes it ran.</summary>
public sealed class ObservationsTests
{
    private static CheckContext Reader(Observations evaluation, CancellationToken cancellation = default, IProcessRunner? processes = null) =>
        new(Items.Testing.AllTestsPassing, Path.GetTempPath(), "0123456", processes ?? new ProcessRunner(), TimeProvider.System, cancellation) { Observations = evaluation };

    /// <summary>A collector that counts its collections and waits for a signal, as a test run or a build would take time.</summary>
    private sealed class Counting(TaskCompletionSource? release = null, string? key = null) : Collector("counting", key)
    {
        public int Collections;

        public override IReadOnlyCollection<string> Resources => [];

        public Task<int> ReadAsync(CheckContext context) => Observe(context, "part", async c =>
        {
            Interlocked.Increment(ref Collections);
            if (release is not null)
            {
                await release.Task.WaitAsync(c.Cancellation);
            }

            return 42;
        });
    }

    [Fact]
    public async Task Two_readers_of_one_key_share_one_collection_even_from_two_collector_instances()
    {
        await using var evaluation = new Observations(null, CancellationToken.None);
        var (first, second) = (new Counting(key: "same"), new Counting(key: "same"));

        var results = await Task.WhenAll(first.ReadAsync(Reader(evaluation)), second.ReadAsync(Reader(evaluation)));

        Assert.Equal([42, 42], results);
        Assert.Equal(1, first.Collections + second.Collections);
    }

    [Fact]
    public async Task The_first_readers_cancellation_does_not_cancel_the_collection_the_next_reader_gets()
    {
        await using var evaluation = new Observations(null, CancellationToken.None);
        var release = new TaskCompletionSource();
        var collector = new Counting(release);
        using var impatient = new CancellationTokenSource();

        var first = collector.ReadAsync(Reader(evaluation, impatient.Token));
        await impatient.CancelAsync(); // the first check timed out
        var second = collector.ReadAsync(Reader(evaluation));
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(42, await second);
        Assert.Equal(1, collector.Collections);
    }

    [Fact]
    public async Task A_collection_past_its_own_timeout_is_a_timeout_for_every_reader()
    {
        await using var evaluation = new Observations(null, CancellationToken.None);
        var collector = new Counting(new TaskCompletionSource()) { Timeout = TimeSpan.FromMilliseconds(100) };

        var first = await Assert.ThrowsAsync<TimeoutException>(() => collector.ReadAsync(Reader(evaluation)));
        var second = await Assert.ThrowsAsync<TimeoutException>(() => collector.ReadAsync(Reader(evaluation)));

        Assert.Equal("counting part did not finish within 00:00:00.1000000", first.Message);
        Assert.Same(first, second);
        Assert.Equal(1, collector.Collections);
    }

    [Fact]
    public async Task The_end_of_the_evaluation_stops_what_is_still_collecting()
    {
        var evaluation = new Observations(null, CancellationToken.None);
        var collector = new Counting(new TaskCompletionSource());
        using var patient = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reading = collector.ReadAsync(Reader(evaluation, patient.Token));

        await evaluation.DisposeAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.False(patient.IsCancellationRequested);
    }

    private sealed class RunsTrue() : Collector("true")
    {
        public override IReadOnlyCollection<string> Resources => [];

        public Task<ProcessResult> RunAsync(CheckContext context) => Observe(context, "run", c => c.Processes.RunAsync(new ProcessSpec("true", []) { LogOutput = false }, c.Cancellation));
    }

    [Fact]
    public async Task Every_reader_lists_the_process_the_shared_collection_ran()
    {
        await using var evaluation = new Observations(new ProcessRunner(), CancellationToken.None);
        var collector = new RunsTrue();
        var (a, b) = (new RecordingProcessRunner(new ProcessRunner()), new RecordingProcessRunner(new ProcessRunner()));

        await collector.RunAsync(Reader(evaluation, processes: a));
        await collector.RunAsync(Reader(evaluation, processes: b));

        Assert.EndsWith("/true", Assert.Single(a.Records).Executable, StringComparison.Ordinal);
        Assert.Same(Assert.Single(a.Records), Assert.Single(b.Records));
    }
}
