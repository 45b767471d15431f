using System.Buffers.Text;
using System.Security.Cryptography;

namespace Pipeline.Core.Door;

/// <summary>
/// The secret of a village upload link: 128 random bits from the operating system's generator, written as 22
/// base64url characters so the link fits a QR code and a WhatsApp message. Only its SHA-256 is ever stored.
/// </summary>
/// <remarks>
/// A token is a capability, like a Dropbox "file request" link: whoever holds it may upload for its desa. Because
/// the bits are random, a plain SHA-256 (no salt, no slow hash) cannot be reversed or guessed, and the hash can be
/// the table key: a lookup is one point read. The stored and computed hashes are still compared in constant time.
/// </remarks>
public static class UploadLinkToken
{
    /// <summary>Random bytes per token: 16, that is 128 bits.</summary>
    public const int Bytes = 16;

    /// <summary>Characters of a token: base64url of <see cref="Bytes"/> without padding.</summary>
    public const int Length = 22;

    /// <summary>A new token and the hash to store for it.</summary>
    public static (string Token, string Hash) Create()
    {
        Span<byte> secret = stackalloc byte[Bytes];
        RandomNumberGenerator.Fill(secret);
        var token = Base64Url.EncodeToString(secret);
        CryptographicOperations.ZeroMemory(secret);
        return (token, Hash(token));
    }

    /// <summary>
    /// True when the text has a token's shape (22 base64url characters that decode to 16 bytes). Anything else is
    /// answered exactly like an unknown token, without a lookup.
    /// </summary>
    public static bool HasShape(string? text) =>
        text is { Length: Length } && Base64Url.IsValid(text, out var decoded) && decoded == Bytes;

    /// <summary>The stored form: lower-case hex SHA-256 of the token's text.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> hashes to <paramref name="storedHash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string token, string storedHash)
    {
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        if (storedHash.Length != SHA256.HashSizeInBytes * 2 || Convert.FromHexString(storedHash, expected, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != expected.Length)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token), actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
