namespace Pipeline.Core.Reporting;

/// <summary>
/// Western Indonesian Time (WIB, Asia/Jakarta), the regency's clock: weeks, report dates and "today" are
/// reckoned in it, whatever zone the server runs in (Azure runs in UTC).
/// </summary>
/// <remarks>
/// WIB has been UTC+7 without daylight saving since 1964, so a fixed offset is exact for every date the
/// pipeline meets and does not depend on the host having the tz database (slim containers lack it).
/// </remarks>
public static class JakartaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The same instant on the Jakarta clock.</summary>
    public static DateTimeOffset ToJakarta(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The calendar date in Jakarta at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToJakarta(instant).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in Jakarta.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateTimeOffset Now(TimeProvider time) => ToJakarta(time.GetUtcNow());
}
