using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Model;

public sealed class PersonIdAndCandidateRefTests
{
    [Theory]
    [InlineData("P0123456789ab")]
    [InlineData("P000000000000")]
    [InlineData("Pffffffffffff")]
    public void A_person_id_round_trips_through_its_one_text_form_and_its_number(string text)
    {
        var id = PersonId.Parse(text);

        Assert.Equal(text, id.ToString());
        Assert.Equal(id, PersonId.FromValue(id.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P0123456789a")]
    [InlineData("P0123456789abc")]
    [InlineData("Q0123456789ab")]
    [InlineData("P0123456789ag")]
    [InlineData("kualuh-hulu/aek-kanopan/daftar.xlsx")]
    public void Anything_else_is_not_a_person_id(string text)
    {
        Assert.False(PersonId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PersonId.Parse(text));
    }

    [Fact]
    public void Derived_ids_keep_the_form_they_had_as_strings()
    {
        // The values ingest wrote before PersonId existed ("P" + the first 12 hex digits of SHA-256, lower case).
        Assert.Equal("Pd90e19e74c3f", PersonIds.ForParticipant("21012345678").ToString());
        Assert.Matches("^P[0-9a-f]{12}$", PersonIds.ForRecord(new RecordId("u", 4), new MatchFields("1", "A", "A", null, null, null, null)).ToString());
    }

    [Theory]
    [InlineData("kualuh-hulu~2Faek-kanopan~2Fdaftar.xlsx:0000004", false)]
    [InlineData("KPJ:25012345678", true)]
    [InlineData("KPJ:x~2Fdaftar.xlsx:0000004", false)]
    public void A_candidate_is_a_record_or_a_participant_and_never_both(string text, bool participant)
    {
        var reference = CandidateRef.Parse(text);

        Assert.Equal(participant, reference.IsParticipant);
        Assert.Equal(text, reference.ToString());
        Assert.Equal(participant ? null : RecordId.Parse(text), reference.Record);
    }

    [Theory]
    [InlineData("KPJ:")]
    [InlineData("no-row")]
    [InlineData("")]
    public void A_candidate_text_that_names_neither_is_refused(string text) => Assert.False(CandidateRef.TryParse(text, out _));

    [Fact]
    public void A_KPJ_holding_a_colon_cannot_be_a_candidate() => Assert.False(CandidateRef.IsValidKpj("12:34"));
}
