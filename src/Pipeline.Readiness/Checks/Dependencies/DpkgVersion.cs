namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Debian's version ordering (<c>[epoch:]upstream[-revision]</c>; digits compare as numbers, <c>~</c> sorts
/// before everything, letters before other characters). Alpine versions order close enough with the same rules.</summary>
internal static class DpkgVersion
{
    public static int Compare(string left, string right)
    {
        var (leftEpoch, leftRest) = Epoch(left);
        var (rightEpoch, rightRest) = Epoch(right);
        if (leftEpoch != rightEpoch)
        {
            return leftEpoch.CompareTo(rightEpoch);
        }

        var leftDash = leftRest.LastIndexOf('-');
        var rightDash = rightRest.LastIndexOf('-');
        var upstream = Part(leftDash < 0 ? leftRest : leftRest[..leftDash], rightDash < 0 ? rightRest : rightRest[..rightDash]);
        return upstream != 0 ? upstream : Part(leftDash < 0 ? "0" : leftRest[(leftDash + 1)..], rightDash < 0 ? "0" : rightRest[(rightDash + 1)..]);
    }

    private static (long, string) Epoch(string version) =>
        version.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && long.TryParse(version[..colon], out var epoch) ? (epoch, version[(colon + 1)..]) : (0, version);

    private static int Part(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            while ((i < a.Length && !char.IsAsciiDigit(a[i])) || (j < b.Length && !char.IsAsciiDigit(b[j])))
            {
                var (x, y) = (Order(a, i), Order(b, j));
                if (x != y)
                {
                    return x.CompareTo(y);
                }

                i++;
                j++;
            }

            var (startA, startB) = (i, j);
            while (i < a.Length && char.IsAsciiDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsAsciiDigit(b[j]))
            {
                j++;
            }

            var numbers = decimal.Parse("0" + a[startA..i], System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(decimal.Parse("0" + b[startB..j], System.Globalization.CultureInfo.InvariantCulture));
            if (numbers != 0)
            {
                return numbers;
            }
        }

        return 0;
    }

    private static int Order(string text, int index) => index >= text.Length || char.IsAsciiDigit(text[index]) ? 0
        : text[index] == '~' ? -1
        : char.IsAsciiLetter(text[index]) ? text[index]
        : text[index] + 256;
}
