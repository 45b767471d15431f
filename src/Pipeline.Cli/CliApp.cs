using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.Extensions.Logging;

namespace Pipeline.Cli;

/// <summary>
/// Entry point, callable in process by tests: parses with System.CommandLine (help for every command and option,
/// typo suggestions), runs the command, and turns every way it can end into an exit code and a clear message.
/// </summary>
/// <remarks>
/// Exit codes: 0 the command completed (rejected files and rows are results, not failures); 1 the tool could not
/// do its work (storage outage, Azurite missing, an unexpected error); 2 usage (a missing or malformed option, a
/// folder that does not exist). Ctrl+C and SIGTERM give 130 and 143 (set by <c>Program</c>).
/// </remarks>
public static class CliApp
{
    public const string Name = "pipeline";

    public static RootCommand CreateRootCommand(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand(
            "Pekerja rentan pipeline, local runner: ingests village lists with the services the Azure Functions run, " +
            "against a private Azurite (data under OUT/.storage) or --storage.")
        {
            RunCommand.Create(output, errors),
            ExportCommand.Create(output, errors),
            ConfirmCommand.Create(output, errors),
            ReconcileCommand.Create(output, errors),
            SummaryCommand.Create(output, errors),
            ServeCommand.Create(output, errors),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(output, errors);
        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (parsed.Action is ParseErrorAction parseError)
        {
            // The library's own error text (with "did you mean" for a mistyped command), then a pointer to the help.
            parseError.ShowHelp = false;
            await parsed.InvokeAsync(new InvocationConfiguration { Output = errors, Error = errors }, cancellationToken);
            errors.WriteLine(HelpHint(parsed));
            return 2;
        }

        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException e)
        {
            errors.WriteLine(e.Message);
            errors.WriteLine(HelpHint(parsed));
            return 2;
        }
        catch (StorageUnavailableException e)
        {
            errors.WriteLine(e.Message);
            if (Verbose(parsed))
            {
                errors.WriteLine(e.InnerException);
            }

            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.WriteLine("Stopped before the end. Run the same command again to finish: unchanged files are skipped.");
            return 1;
        }
        catch (InvalidOperationException e)
        {
            errors.WriteLine($"The pipeline could not run: {e.Message}");
            return 1;
        }
        catch (Exception e) when (StorageFault.Matches(e))
        {
            // Before any session could name what it was doing (e.g. --storage that does not answer at all).
            errors.WriteLine(new StorageUnavailableException("connecting to storage", null, e).Message);
            return 1;
        }
        catch (Exception e)
        {
            errors.WriteLine($"The pipeline failed with an unexpected error (a fault in the tool, not in the input files): {e}");
            return 1;
        }
    }

    private static string HelpHint(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        return command is RootCommand ? $"Run '{Name} --help' for the commands." : $"Run '{Name} {command.Name} --help' for its options.";
    }

    /// <summary>--log-level Debug or Trace: the original error is printed in full, stack included.</summary>
    private static bool Verbose(ParseResult parsed) =>
        parsed.CommandResult.Command.Options.Any(o => o.Name == "--log-level") && parsed.GetValue<LogLevel>("--log-level") <= LogLevel.Debug;
}

/// <summary>A usage error found after parsing (a folder with no results to reopen); exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
