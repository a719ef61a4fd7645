using System.Text;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Scans one file of any size in bounded memory: windows of at most <c>windowChars</c> characters with an
/// overlap, so a secret across a window's border is found once and line numbers stay those of the file. Binary files
/// are decoded byte for byte and meet only the rules that scan binary files.</summary>
internal static class FileSecretScan
{
    private const int Overlap = 8192;

    public static List<SecretMatch> Scan(SecretScanner scanner, string path, string relative, bool binary, int windowChars)
    {
        using var reader = new StreamReader(path, binary ? Encoding.Latin1 : new UTF8Encoding(false), detectEncodingFromByteOrderMarks: !binary);
        var buffer = new char[(int)Math.Min(windowChars, reader.BaseStream.Length) + Overlap]; // a small file needs no large buffer
        windowChars = buffer.Length - Overlap;
        var matches = new List<SecretMatch>();
        var (filled, firstLine) = (0, 1);
        while (true)
        {
            int read;
            while (filled < buffer.Length && (read = reader.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
            }

            var last = filled < buffer.Length;
            var owned = last ? filled : windowChars;
            matches.AddRange(scanner.Scan(new string(buffer, 0, filled), relative, new ScanWindow(firstLine, owned, binary)));
            if (last)
            {
                return matches;
            }

            firstLine += buffer.AsSpan(0, owned).Count('\n');
            Array.Copy(buffer, owned, buffer, 0, filled - owned);
            filled -= owned;
        }
    }
}
