using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Runtime;

/// <summary>What an ASP.NET Core service's source settles without running it (issue 17): Swagger served in every
/// environment fails, Swagger behind an environment test is left to the probe; no rate limiter wired fails; a
/// service without any metrics library exposes no metrics.</summary>
public sealed class SourceRuntimeCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-source-runtime-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<CheckResult> Decide(SourceRuntimeCheck.Kind kind, string program)
    {
        Directory.CreateDirectory(Path.Combine(_root, "src", "Api"));
        File.WriteAllText(Path.Combine(_root, "src", "Api", "Program.cs"), program);
        return CheckRuns.RunAsync(new SourceRuntimeCheck(kind), Items.Security.NoDebugEndpoints, _root);
    }

    [Fact]
    public async Task Swagger_in_every_environment_fails_and_behind_an_environment_test_is_left_to_the_probe()
    {
        var always = await Decide(SourceRuntimeCheck.Kind.DebugEndpoints, "var app = builder.Build();\napp.UseSwagger();\napp.UseSwaggerUI();\n");
        var development = await Decide(SourceRuntimeCheck.Kind.DebugEndpoints, "var app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseSwagger();\n}\n");
        var switched = await Decide(SourceRuntimeCheck.Kind.DebugEndpoints, "if (!settings.IsProduction || settings.ExposeDocs)\n{\n    app.MapOpenApi(\"/openapi.json\");\n}\n");

        Assert.Equal(CheckStatus.Failed, always.Status);
        Assert.StartsWith("API docs are served in every environment: UseSwagger at src/Api/Program.cs(2), UseSwaggerUI at src/Api/Program.cs(3)", always.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.NotApplicable, development.Status);
        Assert.Equal(CheckStatus.NotApplicable, switched.Status);
    }

    [Fact]
    public async Task No_rate_limiter_and_no_metrics_library_fail()
    {
        var none = await Decide(SourceRuntimeCheck.Kind.RateLimiting, "var app = builder.Build();\napp.MapControllers();\n");
        var wired = await Decide(SourceRuntimeCheck.Kind.RateLimiting, "builder.Services.AddRateLimiter(o => { });\nvar app = builder.Build();\napp.UseRateLimiter();\n");
        var metrics = await Decide(SourceRuntimeCheck.Kind.MetricsExposed, "var app = builder.Build();\n");

        Assert.Equal(CheckStatus.Failed, none.Status);
        Assert.Equal(CheckStatus.NotApplicable, wired.Status);
        Assert.Equal(CheckStatus.Failed, metrics.Status);
        Assert.StartsWith("the service exposes no metrics", metrics.Summary, StringComparison.Ordinal);
    }
}
