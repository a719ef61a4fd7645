using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>The built-in rules: the credentials teams actually leak, each with the keywords that pre-filter it.</summary>
internal static class SecretRules
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly string[] GenericKeywords =
        ["secret", "password", "passwd", "pwd", "token", "api_key", "apikey", "api-key", "access_key", "accesskey", "auth_key", "client_secret"];

    /// <summary>Every built-in rule.</summary>
    public static IReadOnlyList<SecretRule> All { get; } =
    [
        Rule("aws-access-key-id", "AWS access key id", ["akia", "asia", "abia", "acca"], @"\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b") with
        {
            ScansBinary = true,
            RejectPlaceholders = true, // AWS documents AKIAIOSFODNN7EXAMPLE
        },
        Rule("aws-secret-access-key", "AWS secret access key", ["aws", "secret access key", "secret_access_key", "secretaccesskey", "secret-access-key"],
            @"(?i)(?:aws[a-z0-9_.\-]{0,20}(?:secret|sk)[a-z0-9_.\-]{0,20}|secret[ _\-]?access[ _\-]?key)[""']?\s*(?::|=|=>)\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])") with { MinimumEntropy = 3.5 },
        Rule("azure-storage-account-key", "Azure storage account key", ["accountkey", "account_key"],
            @"(?i)(?:AccountKey=|[""']?account_?key[""']?\s*[:=]\s*[""'])(?<secret>[A-Za-z0-9+/]{86}==)") with { ScansBinary = true },
        Rule("azure-sas-signature", "Azure shared access signature", ["sig="], @"[?&]sv=\d{4}-\d\d-\d\d&[^\s""']*&sig=(?<secret>[A-Za-z0-9%+/=]{40,})"),
        Rule("azure-ad-client-secret", "Azure AD client secret", ["q~"], @"(?<![A-Za-z0-9_~.\-])(?<secret>[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?![A-Za-z0-9_~.\-])"),
        Rule("github-token", "GitHub token", ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], @"\b(?<secret>gh[pousr]_[A-Za-z0-9]{36})\b") with { ScansBinary = true },
        Rule("github-fine-grained-token", "GitHub fine-grained token", ["github_pat_"], @"\b(?<secret>github_pat_[A-Za-z0-9_]{82})\b") with { ScansBinary = true },
        Rule("gitlab-token", "GitLab personal access token", ["glpat-"], @"(?<secret>glpat-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}\.[a-z0-9]{9})?)(?![A-Za-z0-9_\-])") with { ScansBinary = true },
        Rule("openai-api-key", "OpenAI API key", ["t3blbkfj", "sk-proj-", "sk-svcacct-", "sk-admin-"],
            @"(?<![A-Za-z0-9_\-])(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,}|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{80,})(?![A-Za-z0-9_\-])") with { ScansBinary = true },
        Rule("anthropic-api-key", "Anthropic API key", ["sk-ant-"], @"(?<![A-Za-z0-9_\-])(?<secret>sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_\-]{80,})(?![A-Za-z0-9_\-])") with { ScansBinary = true },
        Rule("cloudflare-api-key", "Cloudflare API token or key", ["cloudflare", "cf_api"],
            @"(?i)(?:cloudflare|cf_api)[a-z0-9_.\-]{0,20}[""']?\s*(?::|=|:=|=>)\s*[""']?(?<secret>[A-Za-z0-9_\-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_\-])") with
        {
            MinimumEntropy = 3.0,
            RejectPlaceholders = true,
        },
        Rule("linear-api-key", "Linear API key", ["lin_api_"], @"\b(?<secret>lin_api_[A-Za-z0-9]{40})\b") with { ScansBinary = true },
        Rule("vault-token", "HashiCorp Vault token", ["hvs.", "hvb."], @"\b(?<secret>hv[sb]\.[A-Za-z0-9_\-]{90,})") with { ScansBinary = true },
        Rule("artifactory-token", "JFrog Artifactory API key or reference token", ["akcp", "cmvmdgtu"], @"\b(?<secret>AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})\b") with { ScansBinary = true },
        Rule("slack-token", "Slack token", ["xox"], @"\b(?<secret>xox[baprs]-[0-9]{8,13}-[0-9A-Za-z\-]{8,})") with { ScansBinary = true },
        Rule("slack-webhook", "Slack incoming webhook", ["hooks.slack.com"], @"(?<secret>https://hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,})") with { ScansBinary = true },
        Rule("stripe-key", "Stripe API key (live or test)", ["sk_live", "sk_test", "rk_live", "rk_test"], @"\b(?<secret>[rs]k_(?:live|test)_[0-9A-Za-z]{24,99})\b") with { ScansBinary = true },
        Rule("google-api-key", "Google API key", ["aiza"], @"\b(?<secret>AIza[0-9A-Za-z_\-]{35})(?![0-9A-Za-z_\-])") with { ScansBinary = true },
        Rule("npm-token", "npm access token", ["npm_"], @"\b(?<secret>npm_[A-Za-z0-9]{36})\b") with { ScansBinary = true },
        Rule("nuget-api-key", "NuGet API key", ["oy2"], @"\b(?<secret>oy2[a-z0-9]{43})\b") with { ScansBinary = true },
        // The header with a key's body after it (PEM headers such as Proc-Type and escaped newlines allowed): the
        // header alone is a parser's marker (cryptography's ssh.py, OpenSSL's strings), not a key.
        Rule("private-key", "Private key (PEM or OpenSSH)", ["private key"], @"(?<secret>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)(?:\s|\\[rn]|[A-Za-z-]+: [^\r\n]*)*[A-Za-z0-9+/]{32}") with { ScansBinary = true },
        Rule("aspnet-data-protection-key", "ASP.NET Core Data Protection master key (an unencrypted key ring file)", ["masterkey"],
            @"(?s)<masterKey\b[^>]*>\s*(?:<!--.*?-->\s*)?<value>(?<secret>[A-Za-z0-9+/]{40,}={0,2})</value>") with { ScansBinary = true },
        Rule("putty-private-key", "PuTTY private key", ["putty-user-key-file"], @"(?<secret>PuTTY-User-Key-File-\d+: *[a-z0-9\-]+)") with { ScansBinary = true },
        Rule("jwt", "JSON Web Token", ["eyj"], @"\b(?<secret>eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})") with { ScansBinary = true },
        Rule("connection-string-password", "Password in a connection string", ["password=", "pwd=", "password =", "pwd ="],
            @"(?i)(?:password|pwd)\s*=\s*(?<secret>[^;""'\s]{3,})") with
        {
            RejectPlaceholders = true,
            LineContext = new Regex(@"(?i)(?:server|host|data source|user id|uid|username|database|initial catalog)\s*=", Options),
        },
        Rule("url-password", "Password in a URL", ["://"],
            @"(?i)\b[a-z][a-z0-9+.\-]{1,20}://(?<user>[^\s:/@""'<>]{1,64}):(?<secret>[^\s@/""'<>]{3,})@[^\s/""'<>]+") with
        {
            RejectPlaceholders = true,
            LookAlike = match => SecretGates.IsDefaultCredential(match.Groups["user"].Value, match.Groups["secret"].Value),
        },
        Rule("generic-secret", "Secret-like assignment", GenericKeywords,
            @"(?i)[a-z0-9_.\-]*(?:secret|password|passwd|pwd|token|api[_\-]?key|access[_\-]?key|auth[_\-]?key)[a-z0-9_.\-]*[""']?\s*(?::|=|:=|=>)\s*[@$]?[""'](?<secret>[^""'\s]{8,})[""']") with
        {
            MinimumEntropy = 3.0,
            RejectPlaceholders = true,
            RejectIdentifiers = true,
        },
        Rule("unquoted-assignment", "Secret-like assignment (.env, YAML, properties)", GenericKeywords,
            @"(?im)^[ \t]*(?:export[ \t]+)?[a-z0-9_.\-]*(?:secret|password|passwd|pwd|token|api[_\-]?key|access[_\-]?key|auth[_\-]?key)[a-z0-9_.\-]*[ \t]*[=:][ \t]*(?<secret>[^\s""']{8,})(?:[ \t]+#.*)?[ \t]*$") with
        {
            MinimumEntropy = 3.0,
            RejectPlaceholders = true,
            RejectIdentifiers = true,
            FileKinds = SecretFileKind.Configuration | SecretFileKind.Documentation, // in code an unquoted value is a name or an expression
        },
    ];

    private static SecretRule Rule(string id, string description, string[] keywords, string pattern) =>
        new($"secret.{id}", description, keywords, new Regex(pattern, pattern.Contains("(?<!", StringComparison.Ordinal) || pattern.Contains("(?!", StringComparison.Ordinal)
            ? RegexOptions.CultureInvariant | RegexOptions.Compiled
            : Options, TimeSpan.FromSeconds(2)));
}
