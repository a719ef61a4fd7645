namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Starts the service once on a free loopback port with the production configuration, waits until it is
/// ready, runs every probe and the bounded load test, and always stops it (even on failure). The checks read the
/// shared <see cref="RuntimeObservations"/>; a service that does not start is an Error for all of them.</summary>
internal sealed class RuntimeProbeRun(RuntimeProbeOptions options) : Collector("service")
{
    /// <inheritdoc />
    /// <remarks>Null: whichever check reads the run first runs alone, since the run ends with the load test, whose
    /// latencies a build beside it would distort.</remarks>
    public override IReadOnlyCollection<string>? Resources => null;

    /// <inheritdoc />
    public override EvidenceReuse? Reuse => RuntimeReuse.Of(options.Command);

    /// <summary>The run's options.</summary>
    public RuntimeProbeOptions Options => options;

    /// <summary>The observations, from the one run.</summary>
    public Task<RuntimeObservations> ObserveAsync(CheckContext context) => Observe(context, "run", RunAsync);

    /// <summary>The metric names <c>/metrics</c> serves (for the dashboard and alert checks).</summary>
    public async Task<IReadOnlySet<string>> ExposedMetricsAsync(CheckContext context) =>
        (await ObserveAsync(context).ConfigureAwait(false)).Metrics.Names;

    private async Task<RuntimeObservations> RunAsync(CheckContext context)
    {
        var lines = new List<string>();
        return await LoopbackService.RunAsync(context, options.Command, options.Environment, options.ReadyPath, options.StartTimeout, async (client, baseUri) =>
        {
            var observations = await ProbeAsync(client, baseUri, context.Cancellation).ConfigureAwait(false);
            await Task.Delay(200, context.Cancellation).ConfigureAwait(false); // let the last log lines arrive
            lock (lines)
            {
                return observations with { LogLines = [.. lines] };
            }
        }, line => { lock (lines) { lines.Add(line); } }).ConfigureAwait(false);
    }

    private async Task<RuntimeObservations> ProbeAsync(HttpClient client, Uri baseUri, CancellationToken cancellation)
    {
        async Task<int> Status(string path, Action<HttpRequestMessage>? prepare = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, path));
            prepare?.Invoke(request);
            using var response = await client.SendAsync(request, cancellation).ConfigureAwait(false);
            return (int)response.StatusCode;
        }

        var status = new Dictionary<string, int>();
        foreach (var path in new[] { options.HealthPath, options.MetricsPath }.Concat(options.DebugPaths).Distinct())
        {
            status[path] = await Status(path).ConfigureAwait(false);
        }

        var metrics = await client.GetStringAsync(new Uri(baseUri, options.MetricsPath), cancellation).ConfigureAwait(false);
        var requestId = $"pipeline-probe-{Guid.NewGuid():N}";
        using var echoRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, options.HealthPath));
        echoRequest.Headers.Add("X-Request-ID", requestId);
        using var echo = await client.SendAsync(echoRequest, cancellation).ConfigureAwait(false);
        var echoed = echo.Headers.TryGetValues("X-Request-ID", out var values) && values.Contains(requestId);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri(baseUri, options.ProtectedPaths.FirstOrDefault() ?? options.HealthPath));
        preflight.Headers.Add("Origin", options.ForeignOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var preflightResponse = await client.SendAsync(preflight, cancellation).ConfigureAwait(false);
        var allowed = preflightResponse.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) ? origins.FirstOrDefault() : null;
        var withoutToken = new Dictionary<string, int>();
        var withBadToken = new Dictionary<string, int>();
        foreach (var path in options.ProtectedPaths)
        {
            withoutToken[path] = await Status(path).ConfigureAwait(false);
            withBadToken[path] = await Status(path, r => r.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJwcm9iZSJ9.")).ConfigureAwait(false);
        }

        var load = await LoadTest.RunAsync(client, baseUri, options.Load, cancellation).ConfigureAwait(false);
        int? limitedAfter = null;
        for (var i = 1; i <= options.RateLimitRequests && limitedAfter is null; i++)
        {
            limitedAfter = await Status(options.RateLimitPath).ConfigureAwait(false) == 429 ? i : null;
        }

        return new RuntimeObservations(status, metrics, [], requestId, echoed, allowed, limitedAfter, withoutToken, withBadToken, load);
    }
}
