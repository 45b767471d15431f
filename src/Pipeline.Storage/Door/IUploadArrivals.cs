namespace Pipeline.Storage.Door;

/// <summary>
/// Told when the village door has written a list to the <c>uploads</c> container. In Azure nothing needs doing: the
/// blob's creation is an Event Grid event and the blob trigger ingests it like any other upload
/// (<see cref="PlatformDelivers"/>). Locally there is no Event Grid, so <c>serve</c> runs the same ingest service itself.
/// </summary>
public interface IUploadArrivals
{
    /// <param name="uploadPath">The blob's name inside the <c>uploads</c> container.</param>
    Task ArrivedAsync(string uploadPath, CancellationToken cancellationToken);
}

/// <summary>The platform delivers the blob event to the ingest trigger; the door has nothing more to do.</summary>
public sealed class PlatformDelivers : IUploadArrivals
{
    public Task ArrivedAsync(string uploadPath, CancellationToken cancellationToken) => Task.CompletedTask;
}
