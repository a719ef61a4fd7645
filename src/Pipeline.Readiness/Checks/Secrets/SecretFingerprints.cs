using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Fingerprints of secrets that are stable (baselines and waivers keep working when code moves) but cannot be
/// reversed by guessing: an HMAC-SHA256 of the secret keyed with the repository's own random key,
/// <c>readiness/secret-fingerprint.key</c> (created on first use; commit it so every machine computes the same
/// fingerprints). Whoever reads a published report or SARIF file without the repository cannot test guesses; whoever
/// has the repository has the secret anyway.</summary>
internal sealed class SecretFingerprints
{
    /// <summary>Where the key lives, relative to the root.</summary>
    public const string KeyPath = "readiness/secret-fingerprint.key";

    private readonly byte[] _key;

    private SecretFingerprints(byte[] key) => _key = key;

    /// <summary>A key of this process only (for scans outside a repository): fingerprints hold within one run.</summary>
    public static SecretFingerprints Ephemeral { get; } = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The repository's key, read from <see cref="KeyPath"/>, or created there (64 hex digits) when missing.</summary>
    /// <param name="root">The repository root.</param>
    /// <exception cref="InvalidDataException">The key file does not hold 64 hex digits.</exception>
    public static SecretFingerprints ForRepository(string root)
    {
        var path = Path.Combine(root, KeyPath);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                created.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) + "\n"));
                Log.Warning($"Created {KeyPath}, the key of this repository's secret fingerprints: commit it, so that baselines and waivers match on every machine.");
            }
            catch (IOException) when (File.Exists(path))
            {
                // another check of this run created it first
            }
        }

        var text = File.ReadAllText(path).Trim();
        return text.Length == 64 && text.All(char.IsAsciiHexDigit)
            ? new SecretFingerprints(Convert.FromHexString(text))
            : throw new InvalidDataException($"{KeyPath}(1): expected 64 hex digits (the key of the secret fingerprints); delete the file to create a new one, then update the baseline");
    }

    /// <summary>The fingerprint of <paramref name="secret"/> found by <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule that found it.</param>
    /// <param name="secret">The raw secret; it never leaves this method.</param>
    public string Of(string ruleId, string secret) =>
        Finding.FingerprintOf(ruleId, Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(secret))));

    /// <summary>The unkeyed fingerprint of earlier versions (rule and plain SHA-256), only to recognise and migrate
    /// old baseline entries; never written anywhere.</summary>
    internal static string Unkeyed(string ruleId, string secret) =>
        Finding.FingerprintOf(ruleId, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
}
