using OrdersApi;
using Prometheus;

if (args is ["--health-check", var healthUrl])
{
    // The container's HEALTHCHECK: the runtime image has no curl, so the service asks itself.
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
    try
    {
        return (await client.GetAsync(new Uri(healthUrl))).IsSuccessStatusCode ? 0 : 1;
    }
    catch (HttpRequestException)
    {
        return 1;
    }
}

var settings = ServiceSettings.FromEnvironment(Environment.GetEnvironmentVariable);
var (errors, warnings) = settings.Validate();
if (args.Contains("--validate-config"))
{
    foreach (var line in errors.Select(e => $"error: {e}").Concat(warnings.Select(w => $"warning: {w}")))
    {
        Console.WriteLine(line);
    }

    Console.WriteLine(errors.Count == 0 ? "configuration valid" : "configuration invalid");
    return errors.Count == 0 ? 0 : 1;
}

if (errors.Count > 0)
{
    Console.Error.WriteLine($"configuration invalid: {string.Join("; ", errors)}");
    return 1;
}

var builder = WebApplication.CreateBuilder(args);
builder.Logging.Configure(settings);
builder.Services.AddOrdersAuthentication(settings);
builder.Services.AddOrdersLimits(settings);
builder.Services.AddOrdersDatabase(settings);
builder.Services.AddOpenApi();

var app = builder.Build();
if (args.Contains("--migrate"))
{
    return await DatabaseSetup.MigrateAsync(app.Services, Console.Out);
}

foreach (var warning in warnings)
{
    app.Logger.LogWarning("configuration: {Warning}", warning);
}

app.UseMiddleware<RequestIdMiddleware>();
app.UseCors();
app.UseHttpMetrics();
app.UseRateLimiter(); // before authentication: a flood is refused before any token is checked
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthChecks("/health", new() { Predicate = c => !c.Tags.Contains(DatabaseSetup.Ready) }).AllowAnonymous(); // liveness: the process answers
app.MapHealthChecks("/health/ready").AllowAnonymous(); // readiness: and the database opens
app.MapMetrics("/metrics").AllowAnonymous();
if (!settings.IsProduction || settings.ExposeDocs)
{
    app.MapOpenApi("/openapi.json");
    app.MapGet("/docs", () => Results.Content("<html><body>Orders API: <a href=\"/openapi.json\">OpenAPI</a></body></html>", "text/html")).ExcludeFromDescription();
}

app.MapOrders(settings);
await app.RunAsync();
return 0;
