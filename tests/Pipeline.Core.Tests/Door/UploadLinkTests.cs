using Pipeline.Core.Door;

namespace Pipeline.Core.Tests.Door;

/// <summary>The rules of a village upload link: its secret, its last day on the WIB clock, revocation.</summary>
public sealed class UploadLinkTests
{
    private static readonly DateTimeOffset Made = new(2025, 11, 6, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_22_base64url_characters_of_128_random_bits_and_only_its_hash_matches()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => UploadLinkToken.Create()).ToList();

        Assert.All(tokens, t =>
        {
            Assert.Matches("^[A-Za-z0-9_-]{22}$", t.Token);
            Assert.True(UploadLinkToken.HasShape(t.Token));
            Assert.Matches("^[0-9a-f]{64}$", t.Hash);
            Assert.Equal(t.Hash, UploadLinkToken.Hash(t.Token));
            Assert.True(UploadLinkToken.Matches(t.Token, t.Hash));
        });
        Assert.Equal(tokens.Count, tokens.Select(t => t.Token).Distinct().Count());
        Assert.False(UploadLinkToken.Matches(tokens[0].Token, tokens[1].Hash));
        Assert.False(UploadLinkToken.Matches(tokens[0].Token, tokens[0].Hash.ToUpperInvariant()[..63]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA+/")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA..")]
    [InlineData("../../../../etc/passwd")]
    public void Text_of_another_shape_is_no_token(string? text) => Assert.False(UploadLinkToken.HasShape(text));

    [Fact]
    public void A_link_works_through_the_last_day_on_the_jakarta_clock()
    {
        var link = Link(new DateOnly(2025, 12, 31));

        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), link.ExpiresAt);
        Assert.Equal(new DateOnly(2025, 12, 31), link.LastDay);
        Assert.Equal(UploadLinkState.Active, link.StateAt(Made));
        Assert.Equal(UploadLinkState.Active, link.StateAt(new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.FromHours(7))));
        Assert.Equal(UploadLinkState.Expired, link.StateAt(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7))));
    }

    [Fact]
    public void Revocation_wins_over_expiry_and_applies_at_once()
    {
        var revoked = Link(new DateOnly(2025, 12, 31)) with { RevokedAt = Made.AddHours(1), RevokedBy = "admin" };

        Assert.Equal(UploadLinkState.Revoked, revoked.StateAt(Made.AddHours(2)));
        Assert.Equal(UploadLinkState.Revoked, revoked.StateAt(Made.AddYears(1)));
    }

    [Theory]
    [InlineData("2025-11-06", true)]
    [InlineData("2025-11-05", false)]
    [InlineData("2026-11-07", true)]
    [InlineData("2026-11-08", false)]
    public void The_last_day_is_from_today_to_the_most_days_ahead(string lastDay, bool choosable) =>
        Assert.Equal(choosable, UploadLink.IsChoosableLastDay(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2025, 11, 6), 366));

    [Fact]
    public void The_whatsapp_message_names_the_desa_the_link_and_its_last_day()
    {
        var text = UploadLinkMessage.WhatsApp("Aek Kanopan", "Kualuh Hulu", new Uri("https://example.test/desa/AAAAAAAAAAAAAAAAAAAAAA"), new DateOnly(2025, 12, 31));

        Assert.Contains("Desa Aek Kanopan", text);
        Assert.Contains("Kecamatan Kualuh Hulu", text);
        Assert.Contains("https://example.test/desa/AAAAAAAAAAAAAAAAAAAAAA", text);
        Assert.Contains("31 Desember 2025", text);
        Assert.DoesNotContain("\r", text);
    }

    private static UploadLink Link(DateOnly lastDay) =>
        new(UploadLinkToken.Create().Hash, "122301", "1223011001", UploadLink.EndOf(lastDay), Made, "admin");
}
