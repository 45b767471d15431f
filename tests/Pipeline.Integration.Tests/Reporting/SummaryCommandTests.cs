using Pipeline.Cli;

namespace Pipeline.Integration.Tests.Reporting;

/// <summary>The summary command's usage errors: exit code 2 and a reason, before any storage is opened.</summary>
public sealed class SummaryCommandTests
{
    [Theory]
    [InlineData("--from|/nonexistent/out", "No results to reopen")]
    [InlineData("--out|/tmp/x", "Give --from OUT")]
    [InlineData("--storage|UseDevelopmentStorage=true|--out|/tmp/x|--week|2025-W53", "not an ISO week")]
    [InlineData("--storage|UseDevelopmentStorage=true|--out|/tmp/x|--week|next", "not an ISO week")]
    public async Task Usage_errors_exit_with_2_and_say_why(string arguments, string reason)
    {
        var errors = new StringWriter();
        var exit = await CliApp.RunAsync(["summary", .. arguments.Split('|')], new StringWriter(), errors);
        Assert.Equal(2, exit);
        Assert.Contains(reason, errors.ToString());
    }
}
