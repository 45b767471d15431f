namespace Pipeline.Storage;

/// <summary>Container and table names: one place, matching infra/app/storage.bicep.</summary>
public static class StorageNames
{
    public const string UploadsContainer = "uploads";
    public const string ResultsContainer = "results";
    public const string ReportsContainer = "reports";
    public const string ReferenceContainer = "reference";

    /// <summary>Prefix of participant register exports inside <see cref="ReferenceContainer"/>.</summary>
    public const string ParticipantsPrefix = "peserta/";

    public const string UploadsTable = "Uploads";
    public const string RecordsTable = "Records";
    public const string ReviewsTable = "Reviews";
    public const string ParticipantsTable = "Participants";
    public const string StateTable = "PipelineState";

    /// <summary>One row per week's summary: the figures for the trend and the API.</summary>
    public const string SummariesTable = "Summaries";

    /// <summary>The app setting (or section) naming the data account, used by the triggers and the services.</summary>
    public const string ConnectionName = "PipelineStorage";
}
