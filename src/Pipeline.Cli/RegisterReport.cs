using System.Diagnostics;
using System.Globalization;
using Pipeline.Storage.Participants;

namespace Pipeline.Cli;

/// <summary>
/// What <c>run --participants</c> says about the register: rows read while it streams in (a million-row export
/// takes minutes), then one line with the outcome, the problems found, and, when it was refused, that the previous
/// register stays in force.
/// </summary>
internal static class RegisterReport
{
    /// <summary>Problem lines printed under the outcome; the rest are on the register's state row.</summary>
    private const int ProblemsShown = 5;

    /// <param name="say">Where the line goes: beside the files of a run, <see cref="RunProgress.Note"/>.</param>
    public static Action<int> Progress(Action<string> say, string name)
    {
        var watch = Stopwatch.StartNew();
        return rows => say(string.Create(CultureInfo.InvariantCulture, $"Register {name}: {rows:N0} rows read ({RunProgress.Duration(watch.Elapsed)})"));
    }

    public static void Write(TextWriter output, string name, RegisterLoadOutcome loaded)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"Participant register {name}: {loaded.Status}, {loaded.Participants:N0} participants");
        if (loaded.Unchanged)
        {
            line += " (unchanged, already in force)";
        }
        else if (loaded.IssueCode is { } code)
        {
            line += $" [{code}]; " + (loaded.Previous is { } previous
                ? string.Create(CultureInfo.InvariantCulture, $"the previous register stays in force ({Path.GetFileName(previous.SourcePath)}, {previous.Count:N0} participants, loaded {previous.LoadedAt:yyyy-MM-dd HH:mm} UTC)")
                : "no register was in force before, so none is");
        }

        if (!loaded.Unchanged && (loaded.Skipped > 0 || loaded.DuplicateNiks > 0 || loaded.DuplicateKpjs > 0))
        {
            line += string.Create(CultureInfo.InvariantCulture,
                $"; of {loaded.RowsRead:N0} rows, {loaded.Skipped:N0} without a valid KPJ left out [REGISTER_KPJ_INVALID], {loaded.DuplicateNiks:N0} NIKs on several rows decided by the most recent [REGISTER_NIK_DUPLICATE]");
            if (loaded.DuplicateKpjs > 0)
            {
                line += string.Create(CultureInfo.InvariantCulture, $", {loaded.DuplicateKpjs:N0} KPJs on several rows decided by the most recent [REGISTER_KPJ_DUPLICATE]");
            }
        }

        output.WriteLine(line);
        foreach (var problem in loaded.Problems.Take(ProblemsShown))
        {
            output.WriteLine("  " + problem);
        }

        if (loaded.Problems.Count > ProblemsShown)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... {loaded.Problems.Count - ProblemsShown} more in PipelineState (participants, last-attempt)"));
        }
    }
}
