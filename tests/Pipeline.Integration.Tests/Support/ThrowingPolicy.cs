using Azure.Core;
using Azure.Core.Pipeline;

namespace Pipeline.Integration.Tests.Support;

/// <summary>Throws the exception <paramref name="fault"/> returns for a request (null lets it through): a storage outage of one kind of request.</summary>
public sealed class ThrowingPolicy(Func<HttpMessage, Exception?> fault) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (fault(message) is { } e)
        {
            throw e;
        }

        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (fault(message) is { } e)
        {
            throw e;
        }

        await ProcessNextAsync(message, pipeline);
    }
}
