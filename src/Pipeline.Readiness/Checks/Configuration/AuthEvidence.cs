using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>How a service that does not use the seed's auth keys authenticates, read from its code: the scheme it
/// registers (FastAPI's <c>OAuth2PasswordBearer</c>/<c>HTTPBearer</c>, ASP.NET's <c>AddJwtBearer</c>/<c>AddIdentity</c>…),
/// the JWT algorithm it signs or verifies with (<c>ALGORITHM = "HS256"</c>, <c>SymmetricSecurityKey</c>), and
/// whether it checks the issuer (<c>ValidateIssuer = false</c>, <c>jwt.decode(…)</c> without <c>issuer=</c>).</summary>
internal sealed partial record AuthEvidence(string? Scheme, string? Algorithm, bool OpaqueTokens, string? IssuerUnchecked, string? IssuerChecked)
{
    /// <summary>Reads the service's code.</summary>
    public static AuthEvidence Find(string root)
    {
        var code = ServiceSource.Code(root);
        string? First(Regex pattern, Func<Match, string> describe) => code.SelectMany(f => pattern.Matches(f.Value)
            .Where(m => !Commented(f.Value, m.Index)).Select(m => $"{describe(m)} at {ServiceSource.Where(f.Key, f.Value, m.Index)}")).FirstOrDefault();
        var scheme = First(SchemeCall(), m => m.Groups.Values.Skip(1).First(g => g.Success).Value);
        var algorithm = First(AlgorithmLiteral(), m => m.Groups[1].Value.ToUpperInvariant()) ?? First(Symmetric(), _ => "HS256 (a symmetric key)");
        var opaque = First(OpaqueBearer(), m => m.Value) is not null && First(Jwt(), m => m.Value) is null;
        var unchecked_ = First(IssuerOff(), _ => "ValidateIssuer = false") ?? First(DecodeWithoutIssuer(), _ => "jwt.decode(...) without issuer=");
        var checked_ = First(IssuerOn(), m => m.Value.Split('=')[0].Trim());
        return new AuthEvidence(scheme, algorithm, opaque, unchecked_, checked_);
    }

    private static bool Commented(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var before = text[start..index].TrimStart();
        return before.StartsWith('#') || before.StartsWith("//", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(OAuth2PasswordBearer|OAuth2AuthorizationCodeBearer|HTTPBearer|HTTPBasic|APIKeyHeader|FastAPIUsers|AddJwtBearer|AddMicrosoftIdentityWebApi|AddIdentity(?:Core)?|AddBearerToken|AddCookie|AddIdentityCookies|AddOpenIdConnect|AddAuthentication)\s*[(<]|\((APIKeyHeader|HTTPBearer|OAuth2PasswordBearer)\)|\b(jwt\.decode)\s*\(")]
    private static partial Regex SchemeCall();

    [GeneratedRegex(@"(?i)\balgorithms?\s*[:=]\s*\[?\s*[""']((?:HS|RS|ES|PS)(?:256|384|512))[""']")]
    private static partial Regex AlgorithmLiteral();

    [GeneratedRegex(@"\bnew\s+SymmetricSecurityKey\s*\(|SecurityAlgorithms\.HmacSha(256|384|512)")]
    private static partial Regex Symmetric();

    [GeneratedRegex(@"\bAddBearerToken\s*\(")]
    private static partial Regex OpaqueBearer();

    [GeneratedRegex(@"\b(AddJwtBearer|JwtSecurityTokenHandler|JsonWebTokenHandler|jwt\.(encode|decode))\b")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\bValidateIssuer\s*=\s*false\b")]
    private static partial Regex IssuerOff();

    [GeneratedRegex(@"\bjwt\.decode\((?![^)]*\bissuer\s*=)[^)]*\)")]
    private static partial Regex DecodeWithoutIssuer();

    [GeneratedRegex(@"\b(ValidIssuers?\s*=|Authority\s*=|jwt\.decode\([^)]*\bissuer\s*=)")]
    private static partial Regex IssuerOn();
}
