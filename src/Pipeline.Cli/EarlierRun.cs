using System.CommandLine;

namespace Pipeline.Cli;

/// <summary>
/// The earlier run a command reopens (<c>--from OUT</c>): export, confirm, reconcile and summary read, and change, the
/// results stored in its <c>.storage/</c>, unless <c>--storage</c> names other storage.
/// </summary>
internal static class EarlierRun
{
    /// <param name="holds">What its storage holds that the command needs, as the help says it.</param>
    public static Option<DirectoryInfo> FromOption(string holds = "the results") => new("--from")
    {
        Description = $"The --out folder of an earlier run, whose .storage/ holds {holds}.",
        HelpName = "OUT",
        Required = true,
    };

    /// <summary>The run's <c>.storage/</c> folder.</summary>
    /// <exception cref="UsageException">It does not exist and no <c>--storage</c> was given.</exception>
    public static string LocalStore(string from, CommonSettings common)
    {
        var localStore = Path.Combine(from, ".storage");
        if (common.Storage is null && !Directory.Exists(localStore))
        {
            throw new UsageException($"No results to reopen: {localStore} does not exist. Run 'run --out {from}' first.");
        }

        return localStore;
    }
}
