using Pipeline.Api.Handlers;
using static Pipeline.Api.Auth.ApiRoles;

namespace Pipeline.Api.Routing;

/// <summary>
/// The single routing table of the API and the page. The Functions app and the CLI's server both dispatch
/// through it (<see cref="ApiDispatcher"/>); nothing else defines a route.
/// </summary>
public static class ApiRouteTable
{
    private static readonly string[] AnySignedIn = [];
    private static readonly string[]? Anyone = null;

    public static IReadOnlyList<ApiRoute> Routes { get; } =
    [
        // The page (anonymous: it holds no data; everything it shows comes from the API).
        new("GET", "", Anyone, StaticFiles.Serve),
        new("GET", "{file}", Anyone, StaticFiles.Serve),

        // Session
        new("GET", "api/config", Anyone, SessionHandlers.Config),
        new("POST", "api/dev/signin", Anyone, SessionHandlers.DevelopmentSignIn),
        new("GET", "api/me", AnySignedIn, SessionHandlers.Me),
        new("GET", "api/kecamatan", AnySignedIn, SessionHandlers.Regions),

        // Uploads and records
        new("GET", "api/uploads", Readers, UploadHandlers.List),
        new("GET", "api/uploads/{uploadKey}", Readers, UploadHandlers.Get),
        new("GET", "api/uploads/{uploadKey}/records", Readers, UploadHandlers.Records),
        new("GET", "api/uploads/{uploadKey}/result", Readers, UploadHandlers.Result),
        new("GET", "api/records", Readers, RecordHandlers.Search),
        new("GET", "api/persons/{personId}", Readers, RecordHandlers.Person),

        // Review queue and decisions
        new("GET", "api/reviews", Deciders, ReviewHandlers.Queue),
        new("GET", "api/reviews/{partition}/{row}", Deciders, ReviewHandlers.Get),
        new("POST", "api/reviews/{partition}/{row}/decision", Deciders, ReviewHandlers.Decide),
        new("GET", "api/reasons", Deciders, ReviewHandlers.Reasons),

        // The list for BPJS
        new("GET", "api/exports", Deciders, ExportHandlers.List),
        new("POST", "api/exports", Deciders, ExportHandlers.Prepare),
        new("GET", "api/exports/{id}", Deciders, ExportHandlers.Get),
        new("GET", "api/exports/{id}/file/{format}", Deciders, ExportHandlers.Download),
        new("POST", "api/exports/{id}/release", [Approver], ExportHandlers.Release),

        // The funded cohort: counts, flagged people, BPJS's confirmation, an approver's actions on a person.
        new("GET", "api/cohort/counts", Deciders, CohortHandlers.Counts),
        new("GET", "api/cohort/flagged", Deciders, CohortHandlers.Flagged),
        new("POST", "api/cohort/confirmations", [Approver], CohortHandlers.Confirm),
        new("GET", "api/cohort/confirmations/{file}", [Approver, Admin], CohortHandlers.ConfirmationResult),
        new("POST", "api/cohort/{personId}/end", [Approver], CohortHandlers.End),
        new("POST", "api/cohort/{personId}/keep", [Approver], CohortHandlers.Keep),
        new("POST", "api/cohort/{personId}/repropose", [Approver], CohortHandlers.Repropose),

        // BPJS's bill: reconciled against the funded cohort, its files, its payment; the months still unpaid.
        new("GET", "api/bills", [Approver, Admin], BillingHandlers.List),
        new("POST", "api/bills", [Approver], BillingHandlers.Upload),
        new("GET", "api/bills/{id}/file/{format}", [Approver, Admin], BillingHandlers.Download),
        new("POST", "api/bills/{id}/payment", [Approver], BillingHandlers.RecordPayment),

        // Administration
        new("GET", "api/audit", [Admin, Approver], AdminHandlers.Audit),
        new("GET", "api/role-assignments", [Admin], AdminHandlers.ListAssignments),
        new("GET", "api/users", [Admin], AdminHandlers.SignedInUsers),
        new("PUT", "api/role-assignments/{userId}", [Admin], AdminHandlers.Assign),
        new("DELETE", "api/role-assignments/{userId}", [Admin], AdminHandlers.Unassign),

        // Village upload links (admin): made for one desa, a kecamatan or all; listed; revoked.
        new("POST", "api/upload-links", [Admin], UploadLinkHandlers.Create),
        new("GET", "api/upload-links", [Admin], UploadLinkHandlers.List),
        new("DELETE", "api/upload-links/{id}", [Admin], UploadLinkHandlers.Revoke),

        // The village door: no sign-in, the link's token is the key (DoorAccess), and it opens its own desa only.
        new("GET", "desa/{token}", Anyone, DesaHandlers.Page),
        new("GET", "api/desa/{token}", Anyone, DesaHandlers.Info),
        new("POST", "api/desa/{token}/uploads", Anyone, DesaHandlers.Upload),
        new("GET", "api/desa/{token}/uploads/{id}", Anyone, DesaHandlers.Status),
        new("GET", "api/desa/{token}/uploads/{id}/result", Anyone, DesaHandlers.Result),
        new("GET", "api/desa/{token}/template", Anyone, DesaHandlers.Template),

        // The weekly summary: "make this week's summary now" (what the timer does after Sunday), and its files.
        new("POST", "api/summaries/current", [Admin, Reviewer], SummaryHandlers.MakeCurrentWeek),
        new("GET", "api/summaries/{week}/{file}", [Admin, Reviewer, Approver], SummaryHandlers.Download),
    ];
}
