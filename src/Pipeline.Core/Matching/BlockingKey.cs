namespace Pipeline.Core.Matching;

/// <summary>
/// A blocking key: records are only compared when they share the value of at least one key, which keeps
/// matching near-linear. Several keys (blocking passes) catch pairs that differ on any one of them.
/// </summary>
/// <param name="Name">Short name for documentation and statistics.</param>
/// <param name="Key">The key value, or null when the record lacks the fields.</param>
public sealed record BlockingKey<T>(string Name, Func<T, string?> Key);
