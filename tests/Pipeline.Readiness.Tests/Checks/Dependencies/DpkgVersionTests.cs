namespace Pipeline.Readiness.Tests.Checks.Dependencies;

public sealed class DpkgVersionTests
{
    [Theory]
    [InlineData("1.0~rc1", "1.0")]
    [InlineData("1.2.3-1", "1.2.10-1")]
    [InlineData("3.0.11-1~deb12u1", "3.0.11-1~deb12u2")]
    [InlineData("2.0", "1:0.9")]
    [InlineData("1.2.13.dfsg-1", "1.2.13.dfsg-1+b1")]
    [InlineData("1.0a", "1.0b")]
    [InlineData("1.0", "1.0-1")]
    public void Orders_like_dpkg(string lower, string higher)
    {
        Assert.True(DpkgVersion.Compare(lower, higher) < 0, $"{lower} < {higher}");
        Assert.True(DpkgVersion.Compare(higher, lower) > 0, $"{higher} > {lower}");
        Assert.Equal(0, DpkgVersion.Compare(lower, lower));
    }
}
