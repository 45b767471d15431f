using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage;

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

    /// <summary>
    /// Runs a command's work on one local file (a confirmation, a bill) against the earlier run's storage: the store
    /// and the file checked first, the session opened, the file open for the work.
    /// </summary>
    /// <param name="what">The file in words, for the message when it is missing ("bill").</param>
    /// <param name="activity">What the session says it is doing if storage stops answering.</param>
    public static async Task<int> WithFileAsync(
        string from, string file, string what, string activity, CommonSettings common, TextWriter errors,
        Func<IServiceProvider, Stream, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var localStore = LocalStore(from, common);
        if (!File.Exists(file))
        {
            throw new UsageException($"The {what} {file} does not exist.");
        }

        await using var session = await StorageSession.OpenAsync(common, localStore, errors, cancellationToken);
        session.Activity = activity;
        return await session.RunAsync(
            async (services, token) =>
            {
                await using var content = File.OpenRead(file);
                return await work(services, content, token);
            },
            cancellationToken);
    }

    /// <summary>Copies a blob of the <c>reports</c> container into OUT at the same relative path; returns where.</summary>
    public static async Task<string> DownloadReportAsync(IServiceProvider services, string from, string path, CancellationToken cancellationToken)
    {
        var target = Path.Combine(from, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await services.GetRequiredService<PipelineStorage>().Reports.GetBlobClient(path).DownloadToAsync(target, cancellationToken);
        return target;
    }
}
