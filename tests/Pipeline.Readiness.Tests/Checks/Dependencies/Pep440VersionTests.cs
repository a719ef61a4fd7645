namespace Pipeline.Readiness.Tests.Checks.Dependencies;

/// <summary>PEP 440's ordering, with the PEP's own examples: its summary sequence, epochs, pre/post/dev spellings and
/// local versions.</summary>
public sealed class Pep440VersionTests
{
    [Fact]
    public void The_peps_example_sequence_is_in_order()
    {
        // PEP 440, "Summary of permitted suffixes and relative ordering".
        string[] ordered =
        [
            "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456",
            "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1",
        ];

        foreach (var (lower, higher) in ordered.Zip(ordered.Skip(1)))
        {
            Assert.True(Pep440Version.Compare(lower, higher) < 0, $"{lower} < {higher}");
            Assert.True(Pep440Version.Compare(higher, lower) > 0, $"{higher} > {lower}");
        }
    }

    [Theory]
    [InlineData("1.0", "1.0.0")]
    [InlineData("1.0a1", "1.0.alpha.1")]
    [InlineData("1.0b2", "1.0-beta2")]
    [InlineData("1.0rc1", "1.0c1")]
    [InlineData("1.0rc1", "1.0.pre1")]
    [InlineData("1.0rc1", "1.0preview1")]
    [InlineData("1.0.post1", "1.0-1")]
    [InlineData("1.0.post1", "1.0.rev1")]
    [InlineData("1.0.post0", "1.0.post")]
    [InlineData("1.0.dev0", "1.0-dev")]
    [InlineData("0!1.0", "1.0")]
    [InlineData("v1.0", "1.0")]
    [InlineData("1.0+ubuntu-1", "1.0+ubuntu.1")]
    public void Spellings_the_pep_normalises_are_equal(string left, string right)
    {
        Assert.Equal(0, Pep440Version.Compare(left, right));
    }

    [Theory]
    [InlineData("1!0.1", "2.0")]
    [InlineData("2!1.0", "1!99.0")]
    [InlineData("1.0+1", "1.0+abc")]
    [InlineData("1.0+abc.1.1", "1.0+abc.1")]
    [InlineData("1.0.10", "1.0.9")]
    [InlineData("2.0.post1", "2.0.post1.dev2")]
    public void The_left_one_sorts_higher(string higher, string lower)
    {
        Assert.True(Pep440Version.Compare(higher, lower) > 0, $"{higher} > {lower}");
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("1.0-foo")]
    [InlineData("")]
    public void Text_that_is_no_version_is_refused(string text)
    {
        Assert.False(Pep440Version.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Pep440Version.Parse(text));
    }
}
