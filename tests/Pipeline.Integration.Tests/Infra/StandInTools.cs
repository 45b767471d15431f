namespace Pipeline.Integration.Tests.Infra;

/// <summary>
/// A folder of stand-ins for outside tools (<c>az</c>, <c>apt-get</c>, <c>node</c> ...), put first on PATH: small
/// bash scripts that answer as the real tool would and log each call, for scripts whose real tools cannot run here.
/// </summary>
internal sealed class StandInTools : IDisposable
{
    public StandInTools() => Folder = Directory.CreateTempSubdirectory("stand-in-tools-").FullName;

    public string Folder { get; }

    public string CallLog => Path.Combine(Folder, "calls.log");

    /// <summary>A tool whose body is bash; <c>$CALLS</c> is the log file.</summary>
    public void Add(string name, string body)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>A tool that logs its name and arguments and succeeds.</summary>
    public void AddLogging(string name) => Add(name, $"echo \"{name} $*\" >> \"$CALLS\"");

    /// <summary>PATH with the stand-ins first, and <c>CALLS</c>, added to <paramref name="values"/>.</summary>
    public Dictionary<string, string> Environment(Dictionary<string, string>? values = null)
    {
        values ??= [];
        values["PATH"] = Folder + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH");
        values["CALLS"] = CallLog;
        return values;
    }

    public List<string> Calls() => File.Exists(CallLog) ? [.. File.ReadAllLines(CallLog)] : [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
