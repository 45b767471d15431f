using Pipeline.Cli;

using var shutdown = ProcessShutdown.Install(Console.Error);
var exitCode = await CliApp.RunAsync(args, Console.Out, Console.Error, shutdown.Token);
return shutdown.SignalExitCode ?? exitCode;
