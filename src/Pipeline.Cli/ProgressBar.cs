namespace Pipeline.Cli;

/// <summary>One line of progress on stderr: redrawn in a terminal, one line per step when redirected.</summary>
public sealed class ProgressBar(int total, TextWriter output)
{
    private const int Width = 30;
    private int done;

    public void Step(string label)
    {
        done++;
        var filled = total == 0 ? Width : done * Width / total;
        var line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} {label}";
        if (Console.IsErrorRedirected)
        {
            output.WriteLine(line);
        }
        else
        {
            output.Write("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 160) : 100));
            if (done == total)
            {
                output.WriteLine();
            }
        }
    }
}
