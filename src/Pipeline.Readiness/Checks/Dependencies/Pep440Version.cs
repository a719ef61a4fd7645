using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>A Python package version as PEP 440 defines it, ordered as the PEP says: epoch, then the release (trailing
/// zeros do not count), then pre-releases (a &lt; b &lt; rc, spelled alpha, beta, c, pre, preview too) before the release,
/// post-releases after it, developmental releases before whatever they lead to (a bare <c>.devN</c> before every
/// pre-release), and a local version after the same public version (numeric segments above alphanumeric ones).
/// NuGet's library has no such ordering and the registry here serves no PEP 440 package, so it is written here from
/// the PEP's own grammar.</summary>
internal sealed partial class Pep440Version : IComparable<Pep440Version>
{
    private readonly BigInteger _epoch;
    private readonly BigInteger[] _release;
    private readonly (int Letter, BigInteger Number)? _pre;
    private readonly BigInteger? _post;
    private readonly BigInteger? _dev;
    private readonly string[] _local;

    private Pep440Version(BigInteger epoch, BigInteger[] release, (int, BigInteger)? pre, BigInteger? post, BigInteger? dev, string[] local) =>
        (_epoch, _release, _pre, _post, _dev, _local) = (epoch, release, pre, post, dev, local);

    public static bool TryParse(string text, out Pep440Version version)
    {
        var match = Grammar().Match(text.Trim());
        version = null!;
        if (!match.Success)
        {
            return false;
        }

        static BigInteger Number(Group group) => group.Success && group.Value.Length > 0 ? BigInteger.Parse(group.Value, CultureInfo.InvariantCulture) : BigInteger.Zero;
        var release = match.Groups["release"].Value.Split('.').Select(p => BigInteger.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var trimmed = release.Reverse().SkipWhile(r => r.IsZero).Reverse().ToArray();
        (int, BigInteger)? pre = match.Groups["pre_l"].Success
            ? (match.Groups["pre_l"].Value.ToLowerInvariant() switch { "a" or "alpha" => 0, "b" or "beta" => 1, _ => 2 }, Number(match.Groups["pre_n"]))
            : null;
        BigInteger? post = match.Groups["post_n1"].Success ? Number(match.Groups["post_n1"]) : match.Groups["post_l"].Success ? Number(match.Groups["post_n2"]) : null;
        BigInteger? dev = match.Groups["dev_l"].Success ? Number(match.Groups["dev_n"]) : null;
        var local = match.Groups["local"].Success ? match.Groups["local"].Value.ToLowerInvariant().Split('-', '_', '.') : [];
        version = new Pep440Version(Number(match.Groups["epoch"]), trimmed, pre, post, dev, local);
        return true;
    }

    public static Pep440Version Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a PEP 440 version");

    public static int Compare(string left, string right) => Parse(left).CompareTo(Parse(right));

    public int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = _epoch.CompareTo(other._epoch);
        for (var i = 0; order == 0 && i < Math.Max(_release.Length, other._release.Length); i++)
        {
            order = (i < _release.Length ? _release[i] : BigInteger.MinusOne).CompareTo(i < other._release.Length ? other._release[i] : BigInteger.MinusOne);
        }

        order = order != 0 ? order : PreKey().CompareTo(other.PreKey());
        order = order != 0 ? order : (_post ?? BigInteger.MinusOne).CompareTo(other._post ?? BigInteger.MinusOne);
        order = order != 0 ? order : (_dev is null ? 1 : 0).CompareTo(other._dev is null ? 1 : 0);
        order = order != 0 ? order : (_dev ?? 0).CompareTo(other._dev ?? 0);
        return order != 0 ? order : CompareLocal(_local, other._local);
    }

    /// <summary>Pre-release position: a bare dev release first, then a, b, rc by number, then no pre-release.</summary>
    private (int Rank, BigInteger Number) PreKey() =>
        _pre is { } pre ? (pre.Letter, pre.Number) : _post is null && _dev is not null ? (-1, BigInteger.Zero) : (3, BigInteger.Zero);

    private static int CompareLocal(string[] left, string[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var (leftNumber, rightNumber) = (BigInteger.TryParse(left[i], CultureInfo.InvariantCulture, out var l), BigInteger.TryParse(right[i], CultureInfo.InvariantCulture, out var r));
            var order = (leftNumber, rightNumber) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => 1,
                (false, true) => -1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    [GeneratedRegex(@"^v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?:[-_.]?(?<pre_l>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<pre_n>[0-9]+)?)?(?:-(?<post_n1>[0-9]+)|[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?)?(?:[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Grammar();
}
