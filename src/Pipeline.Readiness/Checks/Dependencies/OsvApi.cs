using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>The OSV API (<c>POST /v1/querybatch</c>, then <c>GET /v1/vulns/{id}</c> for each advisory it names) as
/// an <see cref="OsvDatabase"/> of exactly the records that concern the given PyPI packages. Unreachable, or an
/// answer that is not OSV's, throws: "no vulnerability data" is an Error, never a clean scan.</summary>
internal static class OsvApi
{
    private static readonly HttpClient Shared = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<OsvDatabase> QueryAsync(Uri api, IReadOnlyList<ResolvedPackage> packages, CancellationToken cancellation, HttpMessageHandler? handler = null)
    {
        using var own = handler is null ? null : new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(60) };
        var http = own ?? Shared;
        var distinct = packages.Select(p => (p.Id, p.Version)).Distinct().ToList();
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var chunk in distinct.Chunk(500))
        {
            var query = new JsonObject
            {
                ["queries"] = new JsonArray([.. chunk.Select(p => (JsonNode)new JsonObject
                {
                    ["package"] = new JsonObject { ["name"] = p.Id, ["ecosystem"] = "PyPI" },
                    ["version"] = p.Version,
                })]),
            };
            using var response = await http.PostAsJsonAsync(new Uri(api, "v1/querybatch"), query, cancellation).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false));
            var results = answer.RootElement.GetProperty("results");
            if (results.GetArrayLength() != chunk.Length)
            {
                throw new InvalidDataException($"the OSV API answered {results.GetArrayLength()} results for {chunk.Length} queries");
            }

            foreach (var result in results.EnumerateArray())
            {
                foreach (var vulnerability in result.TryGetProperty("vulns", out var vulns) ? vulns.EnumerateArray() : [])
                {
                    ids.Add(vulnerability.GetProperty("id").GetString()!);
                }
            }
        }

        var records = new List<string>();
        foreach (var id in ids)
        {
            records.Add(await http.GetStringAsync(new Uri(api, $"v1/vulns/{Uri.EscapeDataString(id)}"), cancellation).ConfigureAwait(false));
        }

        return OsvDatabase.FromRecords(records);
    }
}
