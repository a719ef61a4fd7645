namespace Pipeline.Readiness.Tests.Checks.Secrets;

/// <summary>Assignments in source code whose value is a call are code, not a secret (found on the reference FastAPI
/// service: <c>token = logs.request_id.set(rid)</c>); a literal after the same keyword still is one, JWTs included.</summary>
public sealed class AssignmentLookAlikeTests
{
    private static List<string> Rules(string line) => [.. new SecretScanner().Scan(line + "\n", "app/main.py").Select(m => m.Rule.Id)];

    [Theory]
    [InlineData("        token = logs.request_id.set(rid)")]
    [InlineData("refresh_token = Session.issue_refresh(user)")]
    [InlineData("api_key=os.environ.get(API_KEY)")]
    [InlineData("password = read_password()")]
    public void A_call_is_not_a_secret(string line)
    {
        Assert.Empty(Rules(line));
    }

    [Theory]
    [InlineData("upload_token = \"Xq3vR8mZ2kT7pL4wN9bY5cH1\"")] // pipeline:allow fake, for the scanner tests
    [InlineData("session_token = eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")] // pipeline:allow fake, for the scanner tests
    public void A_literal_is_still_a_secret(string line)
    {
        Assert.NotEmpty(Rules(line));
    }
}
