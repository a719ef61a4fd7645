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

    [Theory]
    [InlineData(null, null)] // the ARG's default: a version tag
    [InlineData("pipeline-base/dotnet-deps:bookworm", null)] // the build argument the reference services pass
    [InlineData("debian", "FROM ${BASE_IMAGE} (debian) is not pinned to a version or digest")]
    public void A_from_that_names_a_build_argument_is_judged_by_the_image_it_resolves_to(string? given, string? expected)
    {
        const string Dockerfile = "ARG BASE_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0\nFROM ${BASE_IMAGE}\nUSER 1654\nHEALTHCHECK CMD [\"/app/OrdersApi\", \"--health-check\"]\n";
        var findings = DockerfileFindings.Check("Dockerfile", Dockerfile, new SecretScanner(),
            given is null ? null : new Dictionary<string, string> { ["BASE_IMAGE"] = given }).ToList();

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.Message));
    }

    [Fact]
    public void A_from_whose_build_argument_has_no_default_is_unpinned()
    {
        var finding = Assert.Single(Check("ARG BASE\nFROM $BASE\nUSER 1000\nHEALTHCHECK CMD [\"true\"]\n"));

        Assert.Equal(("dockerfile.unpinned-from", 2), (finding.Rule, finding.Line));
        Assert.Equal("FROM $BASE names a build argument with no default: the base image is unknown", finding.Message);
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
