namespace Generator.Scaffold;

/// <summary>Writes a file only if none exists at its path, even if another process races us to it: init and theme
/// eject never overwrite anything.</summary>
public static class NewFile
{
    public static bool TryCreate(string fullPath, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        try
        {
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(fullPath) || Directory.Exists(fullPath))
        {
            return false;
        }
    }
}
