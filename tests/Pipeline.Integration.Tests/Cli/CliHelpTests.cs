using Pipeline.Cli;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>Help for every command and option, and usage errors that say what is wrong (exit code 2).</summary>
public sealed class CliHelpTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "run", ["--input", "--out", "--participants", "--parallel", "--storage", "--log-level", "--reference-date"] },
        { "export", ["--from", "--out", "--storage", "--log-level", "--reference-date"] },
        { "summary", ["--from", "--week", "--out", "--storage", "--log-level", "--reference-date"] },
    };

    [Fact]
    public async Task Root_help_lists_every_command()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["--help"], output, new StringWriter()));
        foreach (var command in Commands.Select(c => (string)c[0]))
        {
            Assert.Matches($@"(?m)^\s+{command}\s+\S", output.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_describes_each_of_its_options(string command, string[] options)
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync([command, "--help"], output, new StringWriter()));
        foreach (var option in options)
        {
            // The option, its value's name, and a description after it.
            Assert.Matches($@"(?m)^\s+{option} <[^>]+>.*\s{{2,}}\w+", output.ToString());
        }

        var documented = CliApp.CreateRootCommand(TextWriter.Null, TextWriter.Null).Subcommands.Single(c => c.Name == command).Options
            .Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help").Select(o => o.Name);
        Assert.Equal(options.Order(), documented.Order());
    }

    [Theory]
    [InlineData("", "Required command was not provided")]
    [InlineData("rnu", "'rnu' was not matched")]
    [InlineData("run --out x", "Option '--input' is required")]
    [InlineData("run --input /no/such/folder --out x", "Directory does not exist: '/no/such/folder'")]
    [InlineData("run --input . --out x --parallel 0", "--parallel takes a positive number of files")]
    [InlineData("run --input . --out x --parallel many", "--parallel takes a positive number of files, not 'many'")]
    [InlineData("run --input . --out x --reference-date 06-11-2025", "--reference-date '06-11-2025' is not a date written yyyy-MM-dd")]
    [InlineData("run --input . --out x --log-level Loud", "Cannot parse argument 'Loud' for option '--log-level'")]
    [InlineData("run --input . --out x --participants /no/such/file.csv", "File does not exist: '/no/such/file.csv'")]
    [InlineData("run --input . --out x --colour red", "Unrecognized command or argument '--colour'")]
    [InlineData("summary --week 2026-W99 --storage x", "--week '2026-W99' is not an ISO week such as 2026-W48")]
    [InlineData("summary", "Give --from OUT (a folder 'run' wrote) or --storage CONNECTION")]
    [InlineData("export", "Option '--from' is required")]
    [InlineData("export --from /no/such/run", "No results to reopen: /no/such/run/.storage does not exist")]
    public async Task Usage_errors_exit_with_2_say_why_and_point_to_the_help(string arguments, string message)
    {
        var errors = new StringWriter();
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), output, errors);

        Assert.Equal(2, exit);
        Assert.Contains(message, errors.ToString());
        Assert.Contains("--help", errors.ToString());
        Assert.Equal("", output.ToString());
    }
}
