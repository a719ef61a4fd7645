using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>The metrics a service's code declares, read without running it: prometheus_client
/// (<c>Counter("name", …)</c>, with the suffixes it serves: <c>_total</c>, <c>_bucket</c>, <c>_sum</c>, <c>_count</c>…),
/// prometheus-net (<c>Metrics.CreateCounter("name", …)</c>), OpenTelemetry instruments (<c>create_counter("a.b")</c>,
/// <c>CreateHistogram&lt;T&gt;("a.b")</c>, served as <c>a_b…</c>), and the defaults of instrumentation libraries it
/// depends on. Metrics Prometheus and Kubernetes provide (<c>up</c>, <c>probe_*</c>, <c>kube_*</c>, <c>container_*</c>…)
/// are known too: they are not the service's to define.</summary>
internal sealed partial record DeclaredMetrics(IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Libraries, bool AnyMetricsLibrary = true)
{
    private static readonly string[] PlatformPrefixes =
        ["up", "scrape_", "probe_", "kube_", "container_", "node_", "kubelet_", "apiserver_", "prometheus_", "alertmanager_", "ALERTS", "machine_", "cadvisor_"];

    /// <summary>The series a histogram serves: its buckets, sum and count (a dashboard's <c>histogram_quantile</c> reads
    /// <c>_bucket</c>).</summary>
    private static string[] Histogram(string name) => [name, name + "_bucket", name + "_sum", name + "_count"];

    /// <summary>The series a summary serves: its sum and count.</summary>
    private static string[] Summary(string name) => [name, name + "_sum", name + "_count"];

    private static readonly (string Package, string[] Metrics)[] LibraryDefaults =
    [
        ("prometheus-fastapi-instrumentator", ["http_requests_total", .. Histogram("http_request_duration_seconds"), .. Histogram("http_request_duration_highr_seconds"), .. Summary("http_request_size_bytes"), .. Summary("http_response_size_bytes")]),
        ("starlette-exporter", ["starlette_requests_total", .. Histogram("starlette_request_duration_seconds"), "starlette_requests_in_progress"]),
        ("prometheus-flask-exporter", ["flask_http_request_total", .. Histogram("flask_http_request_duration_seconds"), "flask_exporter_info"]),
        ("opentelemetry-instrumentation-fastapi", [.. Histogram("http_server_request_duration_seconds"), .. Histogram("http_server_duration_milliseconds"), "http_server_active_requests"]),
        ("opentelemetry-instrumentation-asgi", [.. Histogram("http_server_request_duration_seconds"), .. Histogram("http_server_duration_milliseconds"), "http_server_active_requests"]),
        ("opentelemetry-instrumentation-sqlalchemy", ["db_client_connections_usage", "db_client_connections_max", "db_client_connections_idle_max"]),
        ("prometheus-client", ["process_cpu_seconds_total", "process_resident_memory_bytes", "process_virtual_memory_bytes", "process_start_time_seconds", "process_open_fds", "process_max_fds", "python_gc_objects_collected_total", "python_gc_collections_total", "python_info"]),
        ("prometheus-net", ["process_cpu_seconds_total", "process_working_set_bytes", "process_private_memory_bytes", "process_start_time_seconds", "process_open_handles", "process_num_threads", "dotnet_collection_count_total", "dotnet_total_memory_bytes"]),
        ("prometheus-net.AspNetCore", ["http_requests_received_total", .. Histogram("http_request_duration_seconds"), "http_requests_in_progress"]),
        ("OpenTelemetry.Instrumentation.AspNetCore", [.. Histogram("http_server_request_duration_seconds"), "http_server_active_requests"]),
        ("OpenTelemetry.Instrumentation.Runtime", ["process_runtime_dotnet_gc_collections_count_total", "process_runtime_dotnet_gc_heap_size_bytes"]),
    ];

    /// <summary>Reads the declarations under <paramref name="root"/> (code outside tests) and the libraries its
    /// manifests (<c>pyproject.toml</c>, <c>requirements*.txt</c>, <c>uv.lock</c>, <c>*.csproj</c>, <c>Directory.Packages.props</c>) name.</summary>
    public static DeclaredMetrics Find(string root)
    {
        var files = ServiceSource.Files(root);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, text) in ServiceSource.Code(root))
        {
            foreach (Match match in Declaration().Matches(text))
            {
                var where = $"{ServiceSource.Where(file, text, match.Index)}";
                foreach (var served in Served(match.Groups["kind"].Value, match.Groups["name"].Value))
                {
                    names.TryAdd(served, where);
                }
            }
        }

        var manifests = string.Join('\n', files.Where(f => Path.GetFileName(f) is "pyproject.toml" or "uv.lock" or "poetry.lock" or "Directory.Packages.props"
                || f.EndsWith(".csproj", StringComparison.Ordinal) || (Path.GetFileName(f).StartsWith("requirements", StringComparison.Ordinal) && f.EndsWith(".txt", StringComparison.Ordinal)))
            .Select(f => File.ReadAllText(Path.Combine(root, f))));
        var libraries = LibraryDefaults.Where(l => Regex.IsMatch(manifests, $@"(?i)(?<![\w.-]){Regex.Escape(l.Package).Replace("\\-", "[-_]", StringComparison.Ordinal)}(?![\w-])")).ToList();
        foreach (var (package, metrics) in libraries)
        {
            foreach (var metric in metrics)
            {
                names.TryAdd(metric, $"a default of {package}");
            }
        }

        return new DeclaredMetrics(names, [.. libraries.Select(l => l.Package)], AnyLibrary().IsMatch(manifests));
    }

    /// <summary>No declaration: only the platform's metrics are known.</summary>
    public static DeclaredMetrics Platform { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>Whether the service (or the platform it runs on) provides <paramref name="metric"/>.</summary>
    public bool Knows(string metric) => Names.ContainsKey(metric) || PlatformPrefixes.Any(p => p.EndsWith('_') ? metric.StartsWith(p, StringComparison.Ordinal) : metric == p);

    /// <summary>Whether anything was found to compare with.</summary>
    public bool Any => Names.Count > 0;

    /// <summary>For reasons: how many names, from where.</summary>
    public string Describe() =>
        $"{Names.Count} metric name(s) the code declares or its libraries serve ({string.Join(", ", Names.Values.Select(v => v.Split('(')[0]).Distinct().Take(3))})";

    /// <summary>The names a declaration serves: prometheus_client adds <c>_total</c> to counters and <c>_bucket</c>,
    /// <c>_sum</c>, <c>_count</c> to histograms; OpenTelemetry names become underscores (counters get <c>_total</c>).</summary>
    private static IEnumerable<string> Served(string kind, string name)
    {
        var metric = name.Replace('.', '_').Replace('-', '_');
        var otel = name.Contains('.', StringComparison.Ordinal) || kind.StartsWith("create_", StringComparison.Ordinal);
        var lower = kind.ToLowerInvariant();
        yield return metric;
        if (lower.Contains("counter", StringComparison.Ordinal))
        {
            var total = metric.EndsWith("_total", StringComparison.Ordinal) ? metric : metric + "_total";
            yield return total;
            yield return total[..^"_total".Length] + "_created";
        }
        else if (lower.Contains("histogram", StringComparison.Ordinal) || lower.Contains("summary", StringComparison.Ordinal))
        {
            foreach (var suffix in new[] { "_bucket", "_sum", "_count", "_created" })
            {
                yield return metric + suffix;
            }

            if (otel)
            {
                foreach (var unit in new[] { "_seconds", "_milliseconds", "_bytes" })
                {
                    yield return metric + unit + "_bucket";
                    yield return metric + unit + "_sum";
                    yield return metric + unit + "_count";
                }
            }
        }
        else if (lower == "info")
        {
            yield return metric + "_info";
        }
    }

    /// <summary>Any metrics library at all, known or not (a manifest naming one).</summary>
    [GeneratedRegex(@"(?i)prometheus|opentelemetry|statsd|datadog|app\.metrics|micrometer|newrelic|elastic[-.]apm|applicationinsights|aioprometheus")]
    private static partial Regex AnyLibrary();

    [GeneratedRegex(@"\b(?<kind>Counter|Gauge|Histogram|Summary|Info|Enum|CreateCounter|CreateGauge|CreateHistogram|CreateSummary|CreateUpDownCounter|CreateObservableGauge|CreateObservableCounter|create_counter|create_histogram|create_up_down_counter|create_gauge|create_observable_gauge|create_observable_counter)\s*(?:<[^>]*>)?\(\s*(?:name\s*=\s*)?[""'](?<name>[a-zA-Z_:][\w:.\-]*)[""']")]
    private static partial Regex Declaration();
}
