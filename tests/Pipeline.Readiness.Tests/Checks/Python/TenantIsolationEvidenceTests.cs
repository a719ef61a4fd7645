using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>Silent not-applicable (issue 17): multi-tenancy comes from the service's own tenant code, not from a key
/// the gate invented; a multi-tenant service whose <c>ENFORCE_TENANT_ISOLATION</c> defaults to true but whose tenant
/// middleware is commented out of the app fails; added, it passes; a service without tenant code is not applicable
/// with a reason that says what was looked for.</summary>
[Trait("Category", "Slow")] // the settings class is read by Python's ast
public sealed class TenantIsolationEvidenceTests : IDisposable
{
    private readonly PythonProjectFolder _project = new();

    public TenantIsolationEvidenceTests()
    {
        _project.Write("svc/__init__.py", "");
        _project.Write("svc/config.py", """
            from pydantic import Field
            from pydantic_settings import BaseSettings


            class Settings(BaseSettings):
                enforce_tenant_isolation: bool = Field(default=True, alias="ENFORCE_TENANT_ISOLATION")


            settings = Settings()
            """);
        _project.Write("svc/main.py", """
            from fastapi import FastAPI

            app = FastAPI()
            # from svc.tenants import TenantIsolationMiddleware
            # app.add_middleware(TenantIsolationMiddleware)
            """);
    }

    public void Dispose() => _project.Dispose();

    private async Task<CheckResult> Decide()
    {
        var registered = new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions()).Checks.Single(c => c.Item == Items.Security.TenantIsolation);
        return await CheckRuns.RunAsync(registered.Check, Items.Security.TenantIsolation, _project.Root);
    }

    [Fact]
    public async Task Without_tenant_code_the_item_is_not_applicable_and_says_what_was_looked_for()
    {
        var result = await Decide();

        Assert.Equal((CheckStatus.NotApplicable, "single-tenant: no tenant class, middleware or document in the service's code and docs, and MULTI_TENANT is not set"),
            (result.Status, result.Summary));
    }

    [Fact]
    public async Task A_tenant_middleware_the_app_never_adds_fails_though_the_switch_is_on()
    {
        _project.Write("svc/tenants.py", "class TenantIsolationMiddleware:\n    pass\n");

        var idle = await Decide();

        Assert.Equal(CheckStatus.Failed, idle.Status);
        Assert.Contains("but the application never adds TenantIsolationMiddleware (svc/tenants.py(1))", idle.Summary, StringComparison.Ordinal);

        _project.Write("svc/main.py", "from fastapi import FastAPI\nfrom svc.tenants import TenantIsolationMiddleware\n\napp = FastAPI()\napp.add_middleware(TenantIsolationMiddleware)\n");
        var added = await Decide();

        Assert.Equal(CheckStatus.Passed, added.Status);
        Assert.Contains("enforced by TenantIsolationMiddleware (svc/tenants.py(1))", added.Summary, StringComparison.Ordinal);
    }
}
