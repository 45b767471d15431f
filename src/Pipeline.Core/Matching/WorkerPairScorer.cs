namespace Pipeline.Core.Matching;

/// <summary>
/// Scores a pair of worker records with <see cref="WorkerMatchModel"/> and applies the thresholds plus
/// guard rules the independence assumption cannot express:
/// an identical NIK must be backed by the name and must not meet a clearly different birth date
/// (<see cref="NikCorroborationRule"/>), else it is a "shared NIK" for review, never a silent match;
/// a different name never yields a Match (twins and siblings share birth date, desa, surname and near
/// NIKs, only the name tells them apart) and a single shared word ("SITI" vs "SITI AMINAH") needs an
/// identical NIK to match; and unrelated NIKs with differing birth dates are two people, however alike
/// their names.
/// </summary>
public sealed class WorkerPairScorer
{
    private readonly MatchOptions _options;
    private readonly MatchModel<PreparedFields> _model;

    public WorkerPairScorer(MatchOptions options)
    {
        _options = options;
        _model = WorkerMatchModel.Default;
    }

    internal int FieldCount => _model.Fields.Count;

    /// <summary>Scores two records and explains the result.</summary>
    public ScoredPair Score(MatchFields a, MatchFields b) => Score(new PreparedFields(a), new PreparedFields(b));

    internal ScoredPair Score(PreparedFields a, PreparedFields b)
    {
        Span<int> levels = stackalloc int[_model.Fields.Count];
        var (score, outcome, shared) = Evaluate(a, b, levels);
        return new ScoredPair(score, outcome, shared, Explain(levels));
    }

    internal (double Score, MatchOutcome Outcome, bool SharedNik) Evaluate(PreparedFields a, PreparedFields b, Span<int> levels)
    {
        var score = _model.Score(a, b, levels);
        var nikExact = levels[WorkerMatchModel.NikField] == (int)NikAgreement.Exact;
        if (nikExact)
        {
            // The NIK alone never merges: the rest of the record must back it up (docs/matching.md, "Shared NIK").
            switch (NikCorroborationRule.Judge(levels[WorkerMatchModel.NameField], levels[WorkerMatchModel.BirthDateField], a.BirthDateFromNik || b.BirthDateFromNik))
            {
                case NikCorroboration.Conflict: return (score, MatchOutcome.PossibleMatch, true);
                case NikCorroboration.Weak: return (score, MatchOutcome.PossibleMatch, false);
            }
        }

        if (NikAndBirthDateBothDisagree(levels))
        {
            return (score, MatchOutcome.NonMatch, false);
        }

        if (levels[WorkerMatchModel.NameField] == (int)NameAgreement.Different)
        {
            return (score, MatchOutcome.NonMatch, false);
        }

        var nameWeak = levels[WorkerMatchModel.NameField] == (int)NameAgreement.Weak;
        // A NIK one digit off in the serial or region is exactly what a namesake born the same day carries:
        // only a person can tell the two apart, so such a pair is never merged silently.
        var nikNeighbour = levels[WorkerMatchModel.NikField] is (int)NikAgreement.OneDigitSerial or (int)NikAgreement.OneDigitRegion;
        var outcome = score >= _options.MatchThreshold && !(nameWeak && !nikExact) && !nikNeighbour ? MatchOutcome.Match
            : score >= _options.ReviewThreshold ? MatchOutcome.PossibleMatch
            : MatchOutcome.NonMatch;
        return (score, outcome, false);
    }

    /// <summary>
    /// Two valid NIKs that are not a typo of each other, and birth dates that differ too: the NIK carries the
    /// birth date, so two independent documents say "another person". Without this rule, a common name
    /// (SRI WAHYUNI) in the same desa and birth year would reach the review band and flood the queue with
    /// namesakes.
    /// </summary>
    private static bool NikAndBirthDateBothDisagree(ReadOnlySpan<int> levels) =>
        levels[WorkerMatchModel.NikField] is (int)NikAgreement.Different or (int)NikAgreement.OneDigitDateExplained
        && levels[WorkerMatchModel.BirthDateField] is (int)DateAgreement.OneDigit or (int)DateAgreement.SameYear or (int)DateAgreement.Different;

    /// <summary>
    /// "NIK sama; nama mirip; tanggal lahir sama; desa berbeda": the level of each field in words. The name's
    /// similarity figure is left out on purpose: officials read "nama mirip", not "(0.93)".
    /// </summary>
    internal string Explain(ReadOnlySpan<int> levels)
    {
        var parts = new List<string>(levels.Length);
        for (var f = 0; f < levels.Length; f++)
        {
            if (levels[f] >= 0)
            {
                parts.Add(_model.Fields[f].Levels[levels[f]].Label);
            }
        }

        return string.Join("; ", parts);
    }
}
