namespace Pipeline.Integration.Tests.Infra;

/// <summary>
/// The azd hooks in <c>infra/scripts</c>, run by bash against stand-ins for <c>az</c>, <c>azd</c> and <c>curl</c>
/// (small scripts on PATH that answer as the real tools would and log every call): nothing here reaches Azure.
/// </summary>
public sealed class DeploymentHookTests : IDisposable
{
    private readonly StandInTools _tools = new();

    [Fact]
    public void Event_subscriptions_are_created_with_a_put_retried_when_the_validation_handshake_meets_a_cold_instance()
    {
        // The first create fails as Event Grid does when the endpoint does not answer its validation in time.
        Tool("az", """
            echo "az $*" >> "$CALLS"
            case "$*" in
              *"keys list"*) echo "system-key" ;;
              *"event-subscription create"*)
                n=$(grep -c "event-subscription create" "$CALLS")
                if [ "$n" -eq 1 ]; then echo "Webhook validation handshake failed for https://func/runtime/webhooks/blobs" >&2; exit 1; fi ;;
            esac
            """);

        var (exitCode, output, errors) = RunEventGridHook();

        Assert.True(exitCode == 0, errors);
        var creates = Calls().Where(c => c.Contains("event-subscription create", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, creates.Count);
        Assert.Equal(2, creates.Count(c => c.Contains("--name ingest-upload", StringComparison.Ordinal)));
        Assert.Single(creates, c => c.Contains("--name load-participant-register", StringComparison.Ordinal));
        Assert.Single(creates, c => c.Contains("--name load-confirmation", StringComparison.Ordinal));
        Assert.Single(creates, c => c.Contains("--name reconcile-bill", StringComparison.Ordinal));
        Assert.DoesNotContain(Calls(), c => c.Contains("event-subscription update", StringComparison.Ordinal) || c.Contains("event-subscription show", StringComparison.Ordinal));
        Assert.Contains("trying again", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("system-key", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_subscriptions_that_never_validate_fail_the_hook_after_the_last_attempt()
    {
        Tool("az", """
            echo "az $*" >> "$CALLS"
            case "$*" in
              *"keys list"*) echo "system-key" ;;
              *"event-subscription create"*) echo "Webhook validation handshake failed" >&2; exit 1 ;;
            esac
            """);

        var (exitCode, _, errors) = RunEventGridHook();

        Assert.NotEqual(0, exitCode);
        Assert.Equal(3, Calls().Count(c => c.Contains("event-subscription create", StringComparison.Ordinal)));
        Assert.Contains("could not be created after 3 attempts", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void The_redirect_hook_fails_loudly_when_the_deployed_app_did_not_get_the_client_id(string deployedClientId)
    {
        Tool("az", $"""
            echo "az $*" >> "$CALLS"
            case "$*" in
              *"ad app show"*) echo "object-id" ;;
              *"appsettings list"*) echo "{deployedClientId}" ;;
            esac
            """);

        var (exitCode, _, errors) = RunRedirectHook();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Auth__ClientId", errors, StringComparison.Ordinal);
        Assert.Contains("azd provision", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void The_redirect_hook_passes_when_the_deployed_app_has_the_registrations_client_id()
    {
        Tool("az", """
            echo "az $*" >> "$CALLS"
            case "$*" in
              *"ad app show"*) echo "object-id" ;;
              *"appsettings list"*) echo "11111111-2222-3333-4444-555555555555" ;;
            esac
            """);

        var (exitCode, output, errors) = RunRedirectHook();

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Auth__ClientId", output, StringComparison.Ordinal);
    }

    public void Dispose() => _tools.Dispose();

    private (int ExitCode, string Output, string Errors) RunEventGridHook()
    {
        Tool("azd", "exit 0");
        Tool("curl", "exit 0");
        return ShellScript.Bash("infra/scripts/create-eventgrid-subscriptions.sh", [], _tools.Environment(new()
        {
            ["AZURE_RESOURCE_GROUP"] = "rg-test",
            ["FUNCTION_APP_NAME"] = "func-test",
            ["FUNCTION_APP_HOSTNAME"] = "func-test.azurewebsites.net",
            ["EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-test",
            ["KEY_WAIT_SECONDS"] = "0",
            ["CREATE_ATTEMPTS"] = "3",
            ["CREATE_WAIT_SECONDS"] = "0",
        }));
    }

    private (int ExitCode, string Output, string Errors) RunRedirectHook()
    {
        Tool("azd", """
            case "$3" in
              AUTH_CLIENT_ID) echo "11111111-2222-3333-4444-555555555555" ;;
              FUNCTION_APP_HOSTNAME) echo "func-test.azurewebsites.net" ;;
              AZURE_RESOURCE_GROUP) echo "rg-test" ;;
              FUNCTION_APP_NAME) echo "func-test" ;;
              AZURE_ENV_NAME) echo "test" ;;
              *) exit 1 ;;
            esac
            """);
        return ShellScript.Bash("infra/scripts/app-registration.sh", ["--redirect"], _tools.Environment());
    }

    private void Tool(string name, string body) => _tools.Add(name, body);

    private List<string> Calls() => _tools.Calls();
}
