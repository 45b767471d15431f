using Pipeline.Core.Reporting;

namespace Pipeline.Core.Door;

/// <summary>
/// The problems of one upload as the village page tells them: each issue code of the list itself (not the status
/// notes such as "already enrolled"), how many rows have it, the first few of those rows, what it means and what
/// to do, from the catalog's own message.
/// </summary>
public sealed class UploadProblems
{
    /// <summary>Rows named per problem; the result workbook has them all.</summary>
    public const int RowsNamed = 5;

    private readonly Dictionary<string, (int Rows, List<int> First)> _byCode = new(StringComparer.Ordinal);

    /// <param name="issueCodes">The row's codes, ';'-separated as stored.</param>
    public void Add(int sourceRow, string? issueCodes)
    {
        if (string.IsNullOrEmpty(issueCodes))
        {
            return;
        }

        foreach (var code in issueCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal))
        {
            if (!IssueDescriptions.IsDataQuality(code))
            {
                continue;
            }

            var entry = _byCode.TryGetValue(code, out var found) ? found : (0, new List<int>());
            if (entry.Item2.Count < RowsNamed)
            {
                entry.Item2.Add(sourceRow);
            }

            _byCode[code] = (entry.Item1 + 1, entry.Item2);
        }
    }

    /// <summary>
    /// The <paramref name="count"/> problems to fix first: errors (the rows they reject) before warnings, then the
    /// most frequent, then by code so the order is stable.
    /// </summary>
    public IReadOnlyList<Problem> Top(int count) => _byCode
        .Select(p => new Problem(p.Key, IssueDescriptions.IsError(p.Key), p.Value.Rows, [.. p.Value.First.Order()],
            IssueDescriptions.Describe(p.Key), IssueDescriptions.Advice(p.Key)))
        .OrderByDescending(p => p.IsError).ThenByDescending(p => p.Rows).ThenBy(p => p.Code, StringComparer.Ordinal)
        .Take(count)
        .ToList();

    /// <param name="FirstRows">Sheet rows that have it, at most <see cref="RowsNamed"/>.</param>
    /// <param name="What">The catalog message's first sentence, row values left out.</param>
    /// <param name="WhatToDo">The rest of the message: what to fix, and how.</param>
    public sealed record Problem(string Code, bool IsError, int Rows, IReadOnlyList<int> FirstRows, string What, string WhatToDo);
}
