using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage;
using Pipeline.Storage.Participants;

namespace Pipeline.Functions;

/// <summary>A BPJS participant export lands in <c>reference/peserta/{name}</c>: make it the current register.</summary>
public sealed class LoadParticipantRegisterFunction(ParticipantRegisterService register)
{
    [Function("LoadParticipantRegister")]
    public async Task Run(
        [BlobTrigger("reference/peserta/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionName)] Stream blob,
        string name,
        CancellationToken cancellationToken)
    {
        await register.LoadAsync($"{StorageNames.ParticipantsPrefix}{name}", blob, cancellationToken);
    }
}
