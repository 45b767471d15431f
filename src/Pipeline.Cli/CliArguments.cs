namespace Pipeline.Cli;

/// <summary>"command --name value ..." with nothing clever: every option takes one value.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);

    private CliArguments(string command) => Command = command;

    public string Command { get; }

    public string? this[string name] => options.GetValueOrDefault(name);

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("No command given.");
        }

        var parsed = new CliArguments(args[0]);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new UsageException($"Expected '--option value' at '{args[i]}'.");
            }

            parsed.options[args[i][2..]] = args[++i];
        }

        return parsed;
    }

    public string Required(string name) => this[name] ?? throw new UsageException($"Missing --{name}.");
}

public sealed class UsageException(string message) : Exception(message);
