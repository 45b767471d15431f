using System.Net.Sockets;
using Azure;

namespace Pipeline.Cli;

/// <summary>
/// Tells a storage outage (the account or the emulator stopped answering) from every other error, and says it
/// in one short paragraph: what failed, why, and what to do.
/// </summary>
/// <remarks>
/// The Azure SDK reports a request that failed on every retry as an <see cref="AggregateException"/> of one
/// exception per attempt (connection refused, reset, timed out), not as a <see cref="RequestFailedException"/>;
/// both, and the transport errors inside them, are storage faults. The last attempt is the one reported: it is
/// the state storage was left in.
/// </remarks>
public static class StorageFault
{
    /// <summary>True when <paramref name="error"/> is, or wraps, a failed storage request.</summary>
    public static bool Matches(Exception error) => Causes(error).Any(e => e is RequestFailedException or HttpRequestException or SocketException);

    /// <summary>The innermost cause of the last attempt, e.g. "Connection refused (127.0.0.1:10002)" or "HTTP 503 ServerBusy".</summary>
    public static string Reason(Exception error)
    {
        var cause = LastAttempt(error);
        while (true)
        {
            if (cause is RequestFailedException { Status: > 0 } failed)
            {
                return $"HTTP {failed.Status}{(failed.ErrorCode is { } code ? " " + code : "")}: {FirstLine(failed.Message)}";
            }

            if (cause is HttpRequestException { InnerException: SocketException } http)
            {
                // Its message names the endpoint ("Connection refused (127.0.0.1:10002)"); the socket error's does not.
                return FirstLine(http.Message);
            }

            var inner = cause is AggregateException aggregate ? aggregate.InnerExceptions[^1] : cause.InnerException;
            if (inner is null)
            {
                return FirstLine(cause.Message);
            }

            cause = inner;
        }
    }

    /// <summary>The exception types from the outside in: "AggregateException > RequestFailedException > SocketException".</summary>
    public static string Chain(Exception error)
    {
        var names = new List<string>();
        for (Exception? e = error; e is not null; e = e is AggregateException a ? a.InnerExceptions[^1] : e.InnerException)
        {
            names.Add(e.GetType().Name);
        }

        return string.Join(" > ", names);
    }

    private static Exception LastAttempt(Exception error) =>
        error is AggregateException { InnerExceptions.Count: > 0 } aggregate ? LastAttempt(aggregate.InnerExceptions[^1]) : error;

    private static IEnumerable<Exception> Causes(Exception error)
    {
        var pending = new Stack<Exception>([error]);
        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).Trim().ToString();
    }
}

/// <summary>
/// Storage failed while the CLI was working. The original error is the <see cref="Exception.InnerException"/>;
/// the message says what was being done, why it failed and what to do.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string activity, int? emulatorExitCode, Exception original)
        : base(Describe(activity, emulatorExitCode, original), original)
    {
        Activity = activity;
    }

    /// <summary>What the CLI was doing, e.g. "ingesting kualuh-hulu/aek-kanopan/daftar.xlsx".</summary>
    public string Activity { get; }

    private static string Describe(string activity, int? emulatorExitCode, Exception original)
    {
        var reason = StorageFault.Reason(original).TrimEnd('.');
        var what = emulatorExitCode is { } code
            ? $"The private storage emulator (Azurite) stopped unexpectedly (exit code {code}) while {activity}; the run was stopped at once."
            : $"Storage stopped answering while {activity}: {reason}.";
        var detail = emulatorExitCode is not null && original is OperationCanceledException
            ? ""
            : Environment.NewLine + $"(Original error: {StorageFault.Chain(original)}: {reason}. --log-level Debug prints it in full.)";
        return what + Environment.NewLine +
               "Nothing already stored is lost. When storage is available again, run the same command again: unchanged files are skipped " +
               "and the rest are processed." + detail;
    }
}
