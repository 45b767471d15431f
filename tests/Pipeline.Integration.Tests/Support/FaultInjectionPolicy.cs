using Azure.Core;
using Azure.Core.Pipeline;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// Lets the first <paramref name="healthyRequests"/> requests through to the real emulator, then answers every
/// matching request with 503, as a storage account under stress would. Used with retries switched off so
/// the fault reaches the service.
/// </summary>
public sealed class FaultInjectionPolicy(int healthyRequests, Func<HttpMessage, bool> applies) : HttpPipelinePolicy
{
    private int _seen;

    public int Injected { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (ShouldFail(message))
        {
            throw Fault();
        }

        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (ShouldFail(message))
        {
            throw Fault();
        }

        await ProcessNextAsync(message, pipeline);
    }

    private bool ShouldFail(HttpMessage message)
    {
        if (!applies(message) || Interlocked.Increment(ref _seen) <= healthyRequests)
        {
            return false;
        }

        Injected++;
        return true;
    }

    private static Azure.RequestFailedException Fault() => new(503, "Injected fault: server busy");
}
