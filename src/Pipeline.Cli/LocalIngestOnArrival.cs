using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Pipeline.Storage.Door;
using Pipeline.Storage.Ingest;

namespace Pipeline.Cli;

/// <summary>
/// What Event Grid and the blob trigger do in Azure, for <c>serve</c>: a list the village door stored is ingested by the
/// same <see cref="UploadIngestService"/>, in arrival order, in the background (the door has already answered 202), so a
/// village link works end to end on a laptop.
/// </summary>
/// <remarks>
/// One at a time, as uploads of one process queue for the matching gate anyway. A fault is logged (upload key and
/// exception type, never content) and the next arrival goes on; the upload's row then shows what ingest recorded.
/// </remarks>
public sealed class LocalIngestOnArrival(PipelineStorage storage, UploadIngestService ingest, ILogger<LocalIngestOnArrival> logger)
    : BackgroundService, IUploadArrivals
{
    private readonly Channel<string> _arrivals = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public Task ArrivedAsync(string uploadPath, CancellationToken cancellationToken) => _arrivals.Writer.WriteAsync(uploadPath, cancellationToken).AsTask();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var path in _arrivals.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var blob = await storage.Uploads.GetBlobClient(path).DownloadStreamingAsync(cancellationToken: stoppingToken);
                await using var content = blob.Value.Content;
                await ingest.IngestAsync(path, content, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError("Ingest of door upload {UploadKey} failed: {ExceptionType}", UploadIdentity.Of(path).Key, e.GetType().FullName);
            }
        }
    }
}
