namespace Pipeline.Integration.Tests.Support;

/// <summary>One Azurite for a whole test class whose tests keep to their own people and paths (an Azurite start costs a second or two).</summary>
public sealed class SharedEnvironment : IAsyncLifetime
{
    private TestEnvironment? _environment;

    public TestEnvironment Environment => _environment ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _environment = await TestEnvironment.StartAsync();

    public async Task DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }
}
