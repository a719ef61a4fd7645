using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>A copy of the project's <c>alembic.ini</c> that points at another database (and optionally another script
/// folder): <c>sqlalchemy.url</c> and <c>script_location</c> replaced, <c>%</c> escaped for configparser.</summary>
internal static partial class AlembicConfigFile
{
    public static string Write(string alembicDirectory, string url, string scriptLocation, string workDirectory)
    {
        var ini = Path.Combine(alembicDirectory, "alembic.ini");
        if (!File.Exists(ini))
        {
            throw new FileNotFoundException($"no alembic.ini in {alembicDirectory}");
        }

        var text = File.ReadAllText(ini);
        text = Set(text, "sqlalchemy.url", url.Replace("%", "%%", StringComparison.Ordinal));
        text = Set(text, "script_location", scriptLocation);
        System.IO.Directory.CreateDirectory(workDirectory);
        var copy = Path.Combine(workDirectory, $"alembic-{Guid.NewGuid():N}.ini");
        File.WriteAllText(copy, text);
        return copy;
    }

    /// <summary>The script folder the project's ini names, as an absolute path.</summary>
    public static string ScriptLocation(string alembicDirectory)
    {
        var text = File.ReadAllText(Path.Combine(alembicDirectory, "alembic.ini"));
        var value = Key("script_location").Match(text) is { Success: true } match ? match.Groups[1].Value.Trim() : "alembic";
        return Path.GetFullPath(value.Replace("%(here)s", alembicDirectory, StringComparison.Ordinal), alembicDirectory);
    }

    private static string Set(string text, string key, string value)
    {
        var line = $"{key} = {value}";
        return Key(key).IsMatch(text) ? Key(key).Replace(text, line.Replace("$", "$$", StringComparison.Ordinal), 1) : text.Replace("[alembic]", "[alembic]\n" + line, StringComparison.Ordinal);
    }

    private static Regex Key(string key) => new($@"^{Regex.Escape(key)}\s*=(.*)$", RegexOptions.Multiline);
}
