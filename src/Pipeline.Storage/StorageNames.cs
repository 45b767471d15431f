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

    /// <summary>Prefix of BPJS's confirmations of released lists inside <see cref="ReferenceContainer"/>.</summary>
    public const string ConfirmationsPrefix = "konfirmasi/";

    /// <summary>Prefix of BPJS's bills ("tagihan iuran") inside <see cref="ReferenceContainer"/>.</summary>
    public const string BillsPrefix = "tagihan/";

    /// <summary>Prefix of the reconciliation workbooks and CSVs inside <see cref="ReportsContainer"/>: <c>reconciliation/{period}/</c>.</summary>
    public const string ReconciliationsPrefix = "reconciliation/";

    public const string UploadsTable = "Uploads";
    public const string RecordsTable = "Records";

    /// <summary>
    /// The pointers that find a record without a scan (RecordStore.Lookups), one table per thing it is found by: NIK,
    /// name match key, person id, KPJ (only rows that carry one).
    /// </summary>
    public const string RecordsByNikTable = "RecordsByNik";

    /// <inheritdoc cref="RecordsByNikTable"/>
    public const string RecordsByNameTable = "RecordsByName";

    /// <inheritdoc cref="RecordsByNikTable"/>
    public const string RecordsByPersonTable = "RecordsByPerson";

    /// <inheritdoc cref="RecordsByNikTable"/>
    public const string RecordsByKpjTable = "RecordsByKpj";
    public const string ReviewsTable = "Reviews";

    /// <summary>The review queue's index: one row per open item in queue order, a pointer per member, the counts (ReviewQueueIndex).</summary>
    public const string ReviewQueueTable = "ReviewQueue";
    public const string ParticipantsTable = "Participants";
    public const string StateTable = "PipelineState";

    /// <summary>Administrators' decisions on review items, keyed by the identities of the two records.</summary>
    public const string DecisionsTable = "Decisions";

    /// <summary>Append-only trail: who did what, when, before and after, why.</summary>
    public const string AuditTable = "Audit";

    /// <summary>A viewer's kecamatan (roles come from the token).</summary>
    public const string RoleAssignmentsTable = "RoleAssignments";

    /// <summary>The funded cohort: one row per person the regency proposes, funds or funded, partitioned by state.</summary>
    public const string CohortTable = "Cohort";

    /// <summary>The funded cohort's figures: one row per state, desa and funded months with its people, kept with every change.</summary>
    public const string CohortCountsTable = "CohortCounts";

    /// <summary>BPJS's bills as reconciled: one row per bill and period, with its figures and the payment recorded.</summary>
    public const string ReconciliationsTable = "Reconciliations";

    /// <summary>Lists prepared for BPJS and their release.</summary>
    public const string ExportsTable = "Exports";

    /// <summary>Village upload links: the hash of each token, its desa, expiry and revocation.</summary>
    public const string UploadLinksTable = "UploadLinks";

    /// <summary>One row per week's summary: the figures for the trend and the API.</summary>
    public const string SummariesTable = "Summaries";

    /// <summary>The app setting (or section) naming the data account, used by the triggers and the services.</summary>
    public const string ConnectionName = "PipelineStorage";
}
