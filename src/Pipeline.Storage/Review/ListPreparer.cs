using System.Globalization;
using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;
using Pipeline.Core.Validation;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// Prepares a list for BPJS as a frozen draft: a registration list of the cohort's candidates (new people on the
/// first sheet, lapsed participants with their KPJ on the reactivation sheet), or a stop list of the people whose
/// funding ended and who were not yet on one.
/// </summary>
/// <remarks>
/// The people come from the <c>Cohort</c> table's partition for that state, never from a scan of the records:
/// the cohort is the index of who is to be proposed, kept as listings change. One partition scan, the rows sorted
/// in memory (about 2 KB a person with the workbook's rows), the workbook streamed: a list of 100,000 people peaked at
/// 324 MB in the <c>prepare</c> benchmark.
/// </remarks>
public sealed class ListPreparer(
    BpjsExportService exports,
    ListReleaser releaser,
    CohortStore cohort,
    RecordStore records,
    ReviewStore reviews,
    ReviewQueue queue,
    DecisionStore decisions,
    AuditLog audit,
    Gazetteer gazetteer,
    TimeProvider time)
{
    public async Task<ExportEntity> PrepareAsync(ListKind kind, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        // A release a crash interrupted first: its people must not be offered again.
        await releaser.CompleteInterruptedAsync(cancellationToken);
        var now = time.GetUtcNow();
        var period = JakartaTime.DateOf(now);
        var id = JakartaTime.ToJakarta(now).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..4];
        var people = new List<CohortMember>();
        await foreach (var member in cohort.ReadAsync(kind == ListKind.Stop ? CohortState.Ended : CohortState.Candidate, cancellationToken))
        {
            if (kind == ListKind.Registration || member.StopExportId is null)
            {
                people.Add(member);
            }
        }

        people.Sort(ByPlaceAndName);
        var template = exports.Template;
        var made = await decisions.ListAsync(cancellationToken);
        var chosen = ChosenIdentities.ByPerson(made, PeopleByIdentity(people));
        var persons = people.Select(p => (Member: p, Row: ToExportPerson(p, chosen.GetValueOrDefault(p.PersonId), period))).ToList();
        List<(ExportSection, IReadOnlyList<IReadOnlyList<string>>)> sections = kind == ListKind.Stop
            ? [(template.Stop, Rows(template.Stop, persons.Select(p => p.Row), period))]
            :
            [
                (template.Registration, Rows(template.Registration, persons.Where(p => p.Member.Kind != Core.Model.RecordStatus.Reactivate).Select(p => p.Row), period)),
                (template.Reactivation, Rows(template.Reactivation, persons.Where(p => p.Member.Kind == Core.Model.RecordStatus.Reactivate).Select(p => p.Row), period)),
            ];

        var deciders = kind == ListKind.Stop
            ? people.Select(p => p.EndedBy).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : await DecidersAsync(people, made, cancellationToken);

        // In records, as every other page counts what waits for review: the records under review, not their pairs
        // (the queue index's counts row, not a scan of the open pairs).
        var pending = kind == ListKind.Stop ? 0 : await queue.RecordsUnderReviewAsync(cancellationToken);
        var fileName = (kind == ListKind.Stop ? template.Stop.FileName ?? "daftar-berhenti" : template.FileName) + "-" + id;
        var folder = $"bpjs/{id}/";
        var export = new ExportEntity
        {
            RowKey = id,
            Kind = kind.ToCode(),
            PreparedBy = actor.Id,
            PreparedByName = actor.Name,
            PreparedAt = now,
            Period = period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            People = people.Count,
            Reactivations = kind == ListKind.Stop ? 0 : people.Count(p => p.Kind == Core.Model.RecordStatus.Reactivate),
            PendingReviewRecords = pending,
            Deciders = string.Join(';', deciders),
            FileName = fileName,
            XlsxPath = folder + fileName + ".xlsx",
            PersonsPath = folder + "persons.txt",
        };

        await exports.WriteBlobAsync(export.XlsxPath, ContentTypes.Xlsx, s => ExportWriters.WriteXlsx(sections, s), cancellationToken);
        await exports.WritePeopleAsync(export.PersonsPath, people.Select(p => new DraftPerson(p.PersonId, p.ListingKey)), cancellationToken);
        await exports.AddAsync(export, cancellationToken);
        await audit.AppendAsync(actor, now, "export.prepare", id, null,
            new { kind = export.Kind, status = ExportEntity.Draft, people = export.People, reactivations = export.Reactivations, pendingReviewRecords = pending }, null,
            "export.prepare:" + id, cancellationToken);
        return export;
    }

    private static List<IReadOnlyList<string>> Rows(ExportSection section, IEnumerable<ExportPerson> people, DateOnly period) =>
        people.Select(p => (IReadOnlyList<string>)section.Cells(p, period).ToList()).ToList();

    private int ByPlaceAndName(CohortMember a, CohortMember b)
    {
        var byKecamatan = string.CompareOrdinal(KecamatanName(a), KecamatanName(b));
        if (byKecamatan != 0)
        {
            return byKecamatan;
        }

        var byDesa = string.CompareOrdinal(DesaName(a), DesaName(b));
        return byDesa != 0 ? byDesa : string.CompareOrdinal(a.Details?.Name, b.Details?.Name);
    }

    private string? KecamatanName(CohortMember m) => m.Details?.KecamatanCode is { } code ? gazetteer.KecamatanName(code) : null;

    private string? DesaName(CohortMember m) => m.Details?.DesaCode is { } code ? gazetteer.DesaName(code) : null;

    /// <summary>
    /// The person as the list carries them: the details the cohort copied from their listing, with the identity a
    /// reviewer chose in a "same" decision, if any, over them.
    /// </summary>
    private ExportPerson ToExportPerson(CohortMember m, PersonDetails? chosen, DateOnly period)
    {
        var d = m.Details ?? new CohortDetails(null, null, null, null, null, null, null, null, null, null, null, null);
        return new ExportPerson(
            m.PersonId, chosen?.Nik ?? d.Nik, chosen?.Name ?? d.Name, chosen?.BirthPlace ?? d.BirthPlace, chosen?.BirthDate ?? d.BirthDate, chosen?.Sex ?? d.Sex, d.Address, d.DesaCode, DesaName(m), d.KecamatanCode, KecamatanName(m),
            d.Phone, d.Occupation, d.NoKk, d.BirthDate is { } born ? AgeAt(born, period) : null, m.Kpj, m.EndedFrom, m.EndReason?.ToIndonesian());
    }

    private static int AgeAt(DateOnly born, DateOnly on) => on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);

    /// <summary>
    /// The people of the list by the identity key of the listing the cohort copied (NIK, name key, birth date): how a
    /// decision, kept by identity, finds them without a scan of the records.
    /// </summary>
    private static Func<string, IEnumerable<string>> PeopleByIdentity(IReadOnlyList<CohortMember> people)
    {
        var byKey = people.Where(p => p.Details is not null)
            .GroupBy(p => PersonIdentity.Of(new MatchFields(p.Details!.Nik, p.Details.Name, p.Details.NameKey, p.Details.BirthDate, p.Details.Sex, null, null)).Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.PersonId).ToList(), StringComparer.Ordinal);
        return key => byKey.GetValueOrDefault(key) ?? [];
    }

    /// <summary>
    /// Who decided anything about a listed person: decided review pairs whose record (or candidate record) is one of
    /// their listings, and decisions about their identity (NIK, name key, birth date). The decisions count too
    /// because a new version of a file replaces its review pairs, decided ones included, while the decision (and who
    /// made it) lives on in <c>Decisions</c>. Point reads of the decided pairs' records (a small share of all rows),
    /// never a scan of the records.
    /// </summary>
    private async Task<IReadOnlyList<string>> DecidersAsync(IReadOnlyList<CohortMember> people, IReadOnlyList<Decision> made, CancellationToken cancellationToken)
    {
        var decided = (await reviews.DecidedAsync(cancellationToken)).Where(p => p.DecidedBy is not null).ToList();
        if (decided.Count == 0 && made.Count == 0)
        {
            return [];
        }

        var listed = people.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var ofIdentity = PeopleByIdentity(people);
        var personOf = new Dictionary<RecordId, string?>();
        async Task<bool> ListedAsync(RecordId? recordId)
        {
            if (recordId is not { } id)
            {
                return false;
            }

            if (!personOf.TryGetValue(id, out var person))
            {
                personOf[id] = person = (await records.GetAsync(id, cancellationToken))?.PersonId;
            }

            return person is not null && listed.Contains(person);
        }

        var deciders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in decided)
        {
            if (await ListedAsync(pair.Subject) || await ListedAsync(pair.Candidate.Record))
            {
                deciders.Add(pair.DecidedBy!);
            }
        }

        deciders.UnionWith(made.Where(d => ofIdentity(d.Subject.Key).Any() || (d.Other is { } other && ofIdentity(other.Key).Any())).Select(d => d.DecidedBy));
        return deciders.Order(StringComparer.Ordinal).ToList();
    }
}
