namespace Pipeline.IO;

/// <summary>Writes a file so that readers see the old content or the new one, never half of it: the text goes
/// to a temporary file beside the target, which then replaces it.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically, creating the folder.</summary>
    public static void WriteAllText(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes only when the content differs, so an unchanged file keeps its timestamp.</summary>
    public static void WriteIfChanged(string path, string content)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != content)
        {
            WriteAllText(path, content);
        }
    }
}
