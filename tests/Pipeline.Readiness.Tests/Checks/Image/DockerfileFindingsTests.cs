namespace Pipeline.Readiness.Tests.Checks.Image;

public sealed class DockerfileFindingsTests
{
    private static List<Finding> Check(string dockerfile) => [.. DockerfileFindings.Check("Dockerfile", dockerfile, new SecretScanner())];

    [Fact]
    public void A_good_dockerfile_has_no_finding()
    {
        Assert.Empty(Check("""
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            COPY . /src
            FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:0123456789abcdef
            COPY --from=build /app /app
            USER app
            HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/health"]
            """));
    }

    [Fact]
    public void Each_rule_names_its_line()
    {
        var findings = Check("""
            FROM ubuntu
            FROM node:latest
            ADD app.tar.gz /app
            ARG NPM_TOKEN=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8
            ENV DB_PASSWORD=Zq8LmN2pR4
            ENV LOG_LEVEL=info \
                API_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcAb12
            USER root
            """); // pipeline:allow the fakes above are what the rules must catch

        Assert.Equal(
            [("dockerfile.unpinned-from", 1), ("dockerfile.unpinned-from", 2), ("dockerfile.add", 3), ("dockerfile.secret", 4), ("dockerfile.secret", 5), ("dockerfile.secret", 6), ("dockerfile.root-user", 8), ("dockerfile.no-healthcheck", 1)],
            findings.Select(f => (f.Rule, f.Line!.Value)));
    }

    [Fact]
    public void A_dockerfile_without_user_runs_as_root()
    {
        Assert.Contains(Check("FROM alpine:3.20\nHEALTHCHECK NONE\n"), f => f.Rule == "dockerfile.root-user");
    }
}
