using System.Runtime.InteropServices;

namespace Pipeline.Cli;

/// <summary>
/// How the CLI process ends when it is asked to or when it breaks: Ctrl+C (SIGINT) and SIGTERM cancel the run so it
/// unwinds through its <c>finally</c> blocks (stopping its Azurite); an unhandled exception on any thread stops
/// Azurite before the runtime aborts. Only <c>Program</c> installs it: tests call <see cref="CliApp"/> in process and
/// must not take over the test host's signals.
/// </summary>
/// <remarks>
/// A run that does not unwind within <see cref="Grace"/> after a signal (a file still being read, which is not
/// cancellable mid-row), or a second signal, stops Azurite and exits at once. Whatever happens here, a
/// <c>kill -9</c> or a stack overflow is still covered by <see cref="AzuriteProcess"/>'s stdin watchdog.
/// </remarks>
public sealed class ProcessShutdown : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration[] _registrations;
    private readonly TextWriter _errors;
    private int _signal;

    private ProcessShutdown(TextWriter errors)
    {
        this._errors = errors;
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Cancelled on the first Ctrl+C or SIGTERM.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The exit code the signal asks for (130 for Ctrl+C, 143 for SIGTERM, as shells report them), or null.</summary>
    public int? SignalExitCode => Volatile.Read(ref _signal) switch
    {
        0 => null,
        var s => 128 + s,
    };

    public static ProcessShutdown Install(TextWriter errors) => new(errors);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        _cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        var number = context.Signal == PosixSignal.SIGINT ? 2 : 15;
        if (Interlocked.CompareExchange(ref _signal, number, 0) != 0)
        {
            StopNow(128 + number);
            return;
        }

        _errors.WriteLine(context.Signal == PosixSignal.SIGINT ? "Interrupted (Ctrl+C): stopping." : "Asked to stop (SIGTERM): stopping.");
        _cancellation.Cancel();
        _ = Task.Delay(Grace).ContinueWith(_ => StopNow(128 + number), TaskScheduler.Default);
    }

    private static void StopNow(int exitCode)
    {
        AzuriteProcess.StopAll();
        Environment.Exit(exitCode);
    }

    private static void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => AzuriteProcess.StopAll();

    private static void OnProcessExit(object? sender, EventArgs e) => AzuriteProcess.StopAll();
}
