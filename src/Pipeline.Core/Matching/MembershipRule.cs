using System.Text;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Matching;

/// <summary>What a register membership status means for a listed person.</summary>
public enum Membership
{
    /// <summary>Not a status the configuration names: an administrator decides.</summary>
    Unknown,
    /// <summary>Protected now: nothing to do (<c>enrolled</c>).</summary>
    Covered,
    /// <summary>Registered, but contributions stopped, so not protected: to be reactivated and funded (<c>reactivate</c>).</summary>
    Lapsed,
}

/// <summary>
/// The one rule from a register membership status (AKTIF, NON AKTIF ...) to what matching does with it, built from
/// <see cref="RegisterOptions"/>.
/// </summary>
public sealed class MembershipRule
{
    private readonly HashSet<string> _covered;
    private readonly HashSet<string> _lapsed;

    public MembershipRule(RegisterOptions? options = null)
    {
        options ??= new RegisterOptions();
        _covered = Statuses(options.CoveredStatuses);
        _lapsed = Statuses(options.LapsedStatuses);
        var both = _covered.Intersect(_lapsed).ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException($"Register statuses cannot be both covered and lapsed: {string.Join(", ", both)}.", nameof(options));
        }
    }

    /// <summary>The defaults: AKTIF is covered; NON AKTIF, TIDAK AKTIF and their spellings are lapsed.</summary>
    public static MembershipRule Default { get; } = new();

    public Membership Classify(string? status)
    {
        var key = Normalise(status);
        return key.Length == 0 ? Membership.Unknown
            : _covered.Contains(key) ? Membership.Covered
            : _lapsed.Contains(key) ? Membership.Lapsed
            : Membership.Unknown;
    }

    /// <summary>Upper-case letters and digits only: "Non-Aktif", "NON AKTIF" and "nonaktif" are all "NONAKTIF".</summary>
    public static string Normalise(string? status)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return "";
        }

        var key = new StringBuilder(status.Length);
        foreach (var c in status)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }

    private static HashSet<string> Statuses(string? list) =>
        (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalise).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
}
