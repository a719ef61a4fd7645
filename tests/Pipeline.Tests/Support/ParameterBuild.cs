namespace Pipeline.Tests.Support;

/// <summary>A build with parameters of every supported kind; its one target records the values it saw.</summary>
public sealed class ParameterBuild : PipelineBuild
{
    /// <summary>The build instance that ran, by root folder (targets run on other threads, tests in parallel).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParameterBuild> Runs = new();

    [Parameter("Configuration")]
    public Configuration Configuration { get; set; } = Configuration.Debug;

    [Parameter("Feed")]
    public string Feed { get; set; } = "initializer";

    [Parameter("Retries")]
    public int Retries { get; set; } = 1;

    [Parameter("Tags")]
    public string[] Tags { get; set; } = [];

    [Parameter("Sign the packages")]
    public bool Sign { get; set; }

    [Parameter("Optional count")]
    public int? Limit { get; set; }

    [Parameter("Token"), Secret]
    public string? Token { get; set; }

    public Target Show => _ => _.Executes(() =>
    {
        Runs[RootDirectory] = this;
        Log.Information($"token is {Token}");
    });
}

/// <summary>A build with a required parameter.</summary>
public sealed class RequiredParameterBuild : PipelineBuild
{
    [Parameter("Environment to deploy to"), Required]
    public string? Stage { get; set; }

    public Target Deploy => _ => _.Executes(() => { });
}
