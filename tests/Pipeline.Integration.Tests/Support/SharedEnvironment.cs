namespace Pipeline.Integration.Tests.Support;

/// <summary>One Azurite for a whole test class whose tests keep to their own people and paths (an Azurite start costs a second or two).</summary>
public sealed class SharedEnvironment : IAsyncLifetime
{
    private TestEnvironment? environment;

    public TestEnvironment Environment => environment ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => environment = await TestEnvironment.StartAsync();

    public async Task DisposeAsync()
    {
        if (environment is not null)
        {
            await environment.DisposeAsync();
        }
    }
}
