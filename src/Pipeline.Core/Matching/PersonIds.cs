using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>
/// Deterministic person ids, so that reprocessing the same uploads yields the same ids and nothing
/// has to be stored to keep them stable.
/// </summary>
public static class PersonIds
{
    /// <summary>
    /// "P" + first 12 hex digits of SHA-256(recordId + who the row is). The person's identity is part of it
    /// because record ids are sheet rows: when a new version of a file shifts its rows, a different person
    /// at the same row must not inherit the id of the one who was there before.
    /// </summary>
    public static PersonId ForRecord(RecordId recordId, MatchFields fields) =>
        Hash($"{recordId}|{fields.Nik}|{fields.NameKey ?? fields.Name}|{fields.BirthDate:yyyy-MM-dd}");

    /// <summary>The id of an enrolled participant's person when no earlier listing exists: a hash of the participant's reference.</summary>
    public static PersonId ForParticipant(string kpj) => Hash(CandidateRef.ForParticipant(kpj).ToString());

    private static PersonId Hash(string text) => PersonId.FromHash(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
