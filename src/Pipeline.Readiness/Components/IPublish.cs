namespace Pipeline.Readiness.Components;

/// <summary>Publishes the packages, only after the gate (<see cref="IReadinessGate"/>) let the release through.</summary>
public interface IPublish : IReadinessComponent
{
    /// <summary>Where packages go (<c>--publish-source</c>): a folder or a feed URL.</summary>
    [Parameter("Where Publish pushes packages: a folder or a feed URL (default: artifacts/feed)")]
    string? PublishSource => this.ParameterValue<string>(nameof(PublishSource));

    /// <summary>The API key for the source (<c>--publish-api-key</c>); masked everywhere.</summary>
    [Parameter("API key for the publish source"), Secret]
    string? PublishApiKey => this.ParameterValue<string>(nameof(PublishApiKey));

    /// <summary>Override to choose the projects, configuration, source or key; <c>--publish-source</c> and
    /// <c>--publish-api-key</c>, when given, still win.</summary>
    PublishSettings PublishSettings => new();

    /// <summary>The settings with the command line's source and key applied.</summary>
    internal PublishSettings Publishing
    {
        get
        {
            var settings = PublishSettings;
            return settings with { Source = PublishSource ?? settings.Source, ApiKey = PublishApiKey ?? settings.ApiKey };
        }
    }

    /// <summary>Publishes, only after the gate passed; verifies this run's verdict again right before it pushes.</summary>
    Target Publish => _ => _
        .Description("Packs and pushes the packages (default: to artifacts/feed)")
        .DependsOn<IReadinessGate>(x => x.Gate)
        .Executes(async token =>
        {
            await ReleaseGuard.VerifyAsync(this, "Publish", token).ConfigureAwait(false);
            await PublishAsync(token).ConfigureAwait(false);
        });

    /// <summary>Publishes; the default packs and pushes as <see cref="PublishSettings"/> says.</summary>
    Task PublishAsync(CancellationToken cancellation) =>
        new PackagePublisher(RootDirectory, Processes).PublishAsync(Publishing, cancellation);
}
