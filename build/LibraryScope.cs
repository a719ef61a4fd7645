using Pipeline.Readiness;

/// <summary>Which checklist items do not apply to this repository, a set of libraries published as NuGet packages
/// with no running service, and why. Everything not listed here is enforced.</summary>
internal static class LibraryScope
{
    private const string NoService = "Pipeline is a library published as NuGet packages; it runs no service";

    public static void Apply(ReadinessSetup setup)
    {
        setup.Disable(ReadinessCategory.Configuration, $"{NoService}, so it has no deployment configuration")
            .Disable(ReadinessCategory.Database, $"{NoService} and owns no database")
            .Disable(ReadinessCategory.Monitoring, $"{NoService} to monitor")
            .Disable(ReadinessCategory.SignOff, "library versions are released from main by CI; there is no service go-live to sign off");

        foreach (var item in new[]
        {
            Items.Security.AuthProvider, Items.Security.JwtAlgorithm, Items.Security.JwtPublicKey, Items.Security.IssuerValidated,
            Items.Security.RbacEnforced, Items.Security.TenantIsolation, Items.Security.AuthTests,
        })
        {
            setup.Disable(item, $"{NoService}, so it authenticates nobody");
        }

        foreach (var item in new[]
        {
            Items.Security.Tls, Items.Security.CorsRestricted, Items.Security.RateLimiting,
            Items.Security.NoDebugEndpoints, Items.Security.HealthEndpointsOpen,
        })
        {
            setup.Disable(item, $"{NoService}, so it exposes no network endpoint");
        }

        setup.Disable(Items.Security.DatabaseCredentialsRotated, $"{NoService} and holds no database credentials")
            .Disable(Items.Security.ApiKeysRotated, "the library holds no API keys; the publish key is a [Secret] parameter supplied by CI")
            .Disable(Items.Security.ContainerImageScanned, "the library ships as NuGet packages, not as a container image")
            .Disable(Items.Security.SqlInjectionTests, "the library builds no SQL from user input")
            .Disable(Items.Security.XssTests, "the library renders no HTML from user input")
            .Disable(Items.Testing.SecurityTests, "no SQL, HTML or authentication surface to attack (see the Security items)")
            .Disable(Items.PreLaunch.SecurityTestSuite, "no SQL, HTML or authentication surface to attack")
            .Disable(Items.PreLaunch.ConfigurationValidation, $"{NoService}, so it has no settings to validate")
            .Disable(Items.PreLaunch.DatabaseConnectivity, $"{NoService} and owns no database");

        foreach (var item in new[] { Items.Testing.LoadTest, Items.Testing.PerformanceBaseline, Items.Testing.CapacityLimits })
        {
            setup.Disable(item, $"{NoService} to load; engine overhead is measured by bench/Pipeline.Bench");
        }

        foreach (var item in new[] { Items.Testing.ExternalServices, Items.Testing.EndToEnd, Items.Testing.ErrorHandling })
        {
            setup.Disable(item, "covered by the process-level tests, which run the real build.sh, git, dotnet pack and a folder feed");
        }

        foreach (var item in new[]
        {
            Items.Operations.RollbackTested, Items.Operations.DeploymentStrategy, Items.Operations.ZeroDowntime,
            Items.Operations.LivenessProbe, Items.Operations.ReadinessProbe, Items.Operations.HealthCheckDocumented,
            Items.Operations.RecoveryProcedure, Items.Operations.RecoveryTested, Items.Operations.RtoRpo,
            Items.Operations.IncidentResponse, Items.Operations.Runbook, Items.Operations.ArchitectureDiagram,
        })
        {
            setup.Disable(item, $"{NoService}; a package version is never redeployed, a bad one is unlisted and superseded");
        }
    }
}
