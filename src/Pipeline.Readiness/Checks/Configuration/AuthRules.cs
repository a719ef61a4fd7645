using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The seed's Authentication items as configuration rules: provider not <c>none</c>, JWT algorithm asymmetric,
/// public key a valid PEM of adequate strength, issuer https (and equal to its discovery document's when reachable),
/// tenant isolation on for multi-tenant deployments.</summary>
internal static class AuthRules
{
    private static readonly string[] Asymmetric = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];

    /// <summary><c>AUTH_PROVIDER_TYPE</c> set and not <c>none</c>.</summary>
    public static Task<CheckResult> Provider(ConfigurationView view, ConfigurationOptions options, CheckContext context) => Task.FromResult(
        view.Find("AUTH_PROVIDER_TYPE") switch
        {
            null when !view.Knows("AUTH_PROVIDER_TYPE") && AuthEvidence.Find(context.Root).Scheme is { } scheme
                => CheckResult.Passed(1, $"the service authenticates requests itself: {scheme} (it has no {view.KeyOf("AUTH_PROVIDER_TYPE")} setting)"),
            null => ConfigurationRuleCheck.Missing("auth-provider", view, "AUTH_PROVIDER_TYPE"),
            { Reference: null, Value: var v } e when v.Trim().Length == 0 || v.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) => ConfigurationRuleCheck.Bad("auth-provider", e, "authentication is off"),
            var e => ConfigurationRuleCheck.Good(e, "an auth provider is configured"),
        });

    /// <summary><c>JWT_ALGORITHM</c> RS*/PS*/ES*, never HS* or none.</summary>
    public static Task<CheckResult> Algorithm(ConfigurationView view, ConfigurationOptions options, CheckContext context) => Task.FromResult(
        view.Find("JWT_ALGORITHM") switch
        {
            null when !view.Knows("JWT_ALGORITHM") && InCode(context) is { } code => code.OpaqueTokens
                ? CheckResult.NotApplicable($"the service's bearer tokens are not JWTs ({code.Scheme})")
                : code.Algorithm is { } algorithm
                    ? (algorithm.StartsWith("HS", StringComparison.Ordinal)
                        ? Failed("jwt-algorithm", $"{algorithm}: a shared-secret algorithm in the code: anyone who can verify can forge tokens; use RS256 or ES256")
                        : CheckResult.Passed(1, $"{algorithm} in the code: an asymmetric algorithm"))
                    : ConfigurationRuleCheck.Missing("jwt-algorithm", view, "JWT_ALGORITHM"),
            null => ConfigurationRuleCheck.Missing("jwt-algorithm", view, "JWT_ALGORITHM"),
            { Reference: not null } e => ConfigurationRuleCheck.Bad("jwt-algorithm", e, "the algorithm is hidden in a Secret; put it in plain configuration so it can be checked"),
            var e when Asymmetric.Contains(e.Value.Trim().ToUpperInvariant()) => ConfigurationRuleCheck.Good(e, "an asymmetric algorithm"),
            var e => ConfigurationRuleCheck.Bad("jwt-algorithm", e, e.Value.Trim().StartsWith("HS", StringComparison.OrdinalIgnoreCase)
                ? "a shared-secret algorithm: anyone who can verify can forge tokens; use RS256 or ES256" : "not an accepted algorithm; use RS256 or ES256"),
        });

    /// <summary><c>JWT_PUBLIC_KEY</c> a PEM public key: RSA of at least 2048 bits or EC on P-256 or stronger.</summary>
    public static Task<CheckResult> PublicKey(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var entry = view.Find("JWT_PUBLIC_KEY");
        if (entry is null && !view.Knows("JWT_PUBLIC_KEY") && InCode(context) is { } code && (code.OpaqueTokens || code.Algorithm?.StartsWith("HS", StringComparison.Ordinal) == true))
        {
            return Task.FromResult(code.OpaqueTokens ? CheckResult.NotApplicable($"the service's bearer tokens are not JWTs ({code.Scheme})")
                : Failed("jwt-public-key", $"{code.Algorithm}: tokens are signed with a shared secret, so there is no public key to set"));
        }

        if (entry is null)
        {
            return Task.FromResult(ConfigurationRuleCheck.Missing("jwt-public-key", view, "JWT_PUBLIC_KEY"));
        }

        if (entry.Reference is not null)
        {
            return Task.FromResult(ConfigurationRuleCheck.Bad("jwt-public-key", entry, "a public key needs no Secret; put it in a ConfigMap so its strength can be checked"));
        }

        var pem = entry.Value.Replace("\\n", "\n", StringComparison.Ordinal);
        using var rsa = RSA.Create();
        using var ec = ECDsa.Create();
        var strength = TryImport(rsa, pem) ? (rsa.KeySize >= 2048 ? null : $"an RSA key of {rsa.KeySize} bits; use at least 2048", $"RSA {rsa.KeySize} bits")
            : TryImport(ec, pem) ? (ec.KeySize >= 256 ? null : $"an EC key of {ec.KeySize} bits; use P-256 or stronger", $"EC {ec.KeySize} bits")
            : ("not a PEM public key (expected -----BEGIN PUBLIC KEY-----)", string.Empty);
        return Task.FromResult(strength.Item1 is { } problem
            ? ConfigurationRuleCheck.Bad("jwt-public-key", entry with { Value = entry.Value.Length > 40 ? entry.Value[..40] + "…" : entry.Value }, problem)
            : CheckResult.Passed(1, $"{entry.Key} at {entry.Source}: a valid {strength.Item2} public key"));
    }

    /// <summary><c>AUTH_PROVIDER_ISSUER</c> an https URL equal to the <c>issuer</c> of its discovery document; when the
    /// document cannot be read (or comparing is off) the item is an Error: the seed asks that it match the tokens' issuer.</summary>
    public static async Task<CheckResult> Issuer(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var entry = view.Find("AUTH_PROVIDER_ISSUER");
        if (entry is null && !view.Knows("AUTH_PROVIDER_ISSUER") && InCode(context) is { } code)
        {
            if (code.OpaqueTokens)
            {
                return CheckResult.NotApplicable($"the service's bearer tokens are not JWTs ({code.Scheme})");
            }

            if (code.IssuerUnchecked is { } off && code.IssuerChecked is null)
            {
                return Failed("issuer", $"{off}: tokens are accepted whatever their issuer");
            }
        }

        if (entry is null || entry.Reference is not null)
        {
            return entry is null ? ConfigurationRuleCheck.Missing("issuer", view, "AUTH_PROVIDER_ISSUER") : ConfigurationRuleCheck.Bad("issuer", entry, "the issuer is hidden in a Secret; it is public, put it in plain configuration");
        }

        if (!Uri.TryCreate(entry.Value.Trim(), UriKind.Absolute, out var issuer) || issuer.Scheme != Uri.UriSchemeHttps)
        {
            return ConfigurationRuleCheck.Bad("issuer", entry, "expected an https URL");
        }

        if (!options.VerifyIssuerDiscovery)
        {
            return CheckResult.Error(CredentialMask.Apply($"{entry.Key}={entry.Shown} at {entry.Source}: not compared with the issuer of its discovery document (VerifyIssuerDiscovery is off); an https URL alone does not show that it matches the tokens' issuer"));
        }

        using var client = options.DiscoveryHandler is { } handler ? new HttpClient(handler, disposeHandler: false) : new HttpClient();
        client.Timeout = TimeSpan.FromSeconds(5);
        try
        {
            var document = await client.GetFromJsonAsync<JsonElement>(new Uri(issuer.AbsoluteUri.TrimEnd('/') + "/.well-known/openid-configuration"), context.Cancellation).ConfigureAwait(false);
            var published = document.TryGetProperty("issuer", out var value) ? value.GetString() : null;
            return published == entry.Value.Trim()
                ? ConfigurationRuleCheck.Good(entry, "equals the issuer of its discovery document")
                : ConfigurationRuleCheck.Bad("issuer", entry, $"the discovery document names issuer '{published}'; tokens would be refused");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or NotSupportedException)
        {
            return CheckResult.Error(CredentialMask.Apply($"{entry.Key}={entry.Shown} at {entry.Source}: its discovery document could not be read ({exception.GetType().Name}: {exception.Message}), so it is not known to match the tokens' issuer; run the gate where the provider is reachable"));
        }
    }

    /// <summary><c>ENFORCE_TENANT_ISOLATION=true</c> for a multi-tenant deployment, and the tenant middleware the
    /// service defines actually added to the application. Multi-tenancy comes from <see cref="ConfigurationOptions.MultiTenant"/>,
    /// a <c>MULTI_TENANT</c> value, or the service's own tenant code and documents (<see cref="TenancyEvidence"/>);
    /// without any, the item is not applicable and the reason says what was looked for.</summary>
    public static Task<CheckResult> TenantIsolation(ConfigurationView view, ConfigurationOptions options, CheckContext context)
    {
        var evidence = TenancyEvidence.Find(context.Root);
        var declared = view.Find("MULTI_TENANT") is { Reference: null } m ? m : null;
        var multi = options.MultiTenant ?? (declared is not null ? IsTrue(declared.Value) : evidence.MultiTenant);
        if (!multi)
        {
            return Task.FromResult(CheckResult.NotApplicable(options.MultiTenant is false ? "single-tenant deployment (ConfigurationOptions.MultiTenant is false)"
                : declared is not null ? $"single-tenant deployment ({declared.Key}={declared.Shown} at {declared.Source})"
                : "single-tenant: no tenant class, middleware or document in the service's code and docs, and MULTI_TENANT is not set"));
        }

        var why = options.MultiTenant is true ? "ConfigurationOptions.MultiTenant" : declared is not null ? $"{declared.Key} at {declared.Source}"
            : $"multi-tenant code: {string.Join(", ", evidence.Evidence.Take(3))}{(evidence.Evidence.Count > 3 ? $" and {evidence.Evidence.Count - 3} more" : "")}";
        var enforce = view.Find("ENFORCE_TENANT_ISOLATION");
        if (enforce is not { Reference: null } || !IsTrue(enforce.Value))
        {
            return Task.FromResult(enforce is null ? ConfigurationRuleCheck.Missing("tenant-isolation", view, "ENFORCE_TENANT_ISOLATION")
                : ConfigurationRuleCheck.Bad("tenant-isolation", enforce, $"a multi-tenant deployment must enforce tenant isolation (true); multi-tenant by {why}"));
        }

        if (evidence.Middlewares.Count > 0 && !evidence.Middlewares.Any(w => w.Added))
        {
            var idle = string.Join(", ", evidence.Middlewares.Select(w => $"{w.Name} ({w.File}({w.Line}))"));
            var message = CredentialMask.Apply($"{enforce.Key}={enforce.Shown} at {enforce.Source}, but the application never adds {idle} (no add_middleware/UseMiddleware outside comments): the switch enforces nothing");
            var first = evidence.Middlewares[0];
            return Task.FromResult(CheckResult.Failed(1, message, Finding.Create("config.tenant-isolation", FindingSeverity.Error, first.File, first.Line, message, first.Name)));
        }

        return Task.FromResult(ConfigurationRuleCheck.Good(enforce, evidence.Middlewares.FirstOrDefault(w => w.Added) is { } added
            ? $"tenant isolation is enforced by {added.Name} ({added.File}({added.Line})), for a multi-tenant deployment ({why})"
            : $"tenant isolation is enforced, for a multi-tenant deployment ({why})"));
    }

    /// <summary>How the code authenticates, when it has an auth scheme at all; null otherwise.</summary>
    private static AuthEvidence? InCode(CheckContext context) => AuthEvidence.Find(context.Root) is { Scheme: not null } evidence ? evidence : null;

    private static CheckResult Failed(string rule, string message)
    {
        var file = System.Text.RegularExpressions.Regex.Match(message, @" at ([^()\s]+)\((\d+)\)");
        return CheckResult.Failed(1, message, Finding.Create($"config.{rule}", FindingSeverity.Error, file.Success ? file.Groups[1].Value : null,
            file.Success ? int.Parse(file.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null, message, rule));
    }

    /// <summary>true, 1 or yes, whatever the case.</summary>
    public static bool IsTrue(string value) => value.Trim().ToLowerInvariant() is "true" or "1" or "yes";

    private static bool TryImport(AsymmetricAlgorithm algorithm, string pem)
    {
        try
        {
            algorithm.ImportFromPem(pem);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
