using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Pipeline.Cli;

/// <summary>The options every command takes: where storage is, how much to log, and the date ages are computed at.</summary>
public sealed class CommonOptions
{
    public Option<string?> Storage { get; } = new("--storage")
    {
        Description = "Connection string of a storage account (or Azurite) to use instead of the private Azurite the CLI starts.",
        HelpName = "CONNECTION",
    };

    public Option<LogLevel> LogLevel { get; } = new("--log-level")
    {
        Description = "How much the pipeline logs to the console: Trace, Debug (also prints a storage error in full), Information, Warning, Error, Critical, None.",
        HelpName = "LEVEL",
        DefaultValueFactory = _ => Microsoft.Extensions.Logging.LogLevel.Warning,
    };

    public Option<DateOnly?> ReferenceDate { get; } = new("--reference-date")
    {
        Description = "The date ages are computed at (default: today, or Validation__ReferenceDate).",
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--reference-date '{text}' is not a date written yyyy-MM-dd, such as 2025-11-06.");
            return null;
        },
    };

    public void AddTo(Command command)
    {
        command.Add(Storage);
        command.Add(LogLevel);
        command.Add(ReferenceDate);
    }

    public CommonSettings Read(ParseResult parsed) =>
        new(parsed.GetValue(Storage), parsed.GetValue(LogLevel), parsed.GetValue(ReferenceDate));
}

/// <summary>The values of <see cref="CommonOptions"/> for one invocation.</summary>
public sealed record CommonSettings(string? Storage, LogLevel LogLevel, DateOnly? ReferenceDate);
