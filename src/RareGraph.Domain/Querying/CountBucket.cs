namespace RareGraph.Domain.Querying;

/// <summary>
/// One group of an aggregate: its key for each asked dimension, in the order asked (null where the entity has no value
/// for it, such as a threat without a jurisdiction), and how many distinct entities or relationships fall into it.
/// </summary>
public sealed record CountBucket(IReadOnlyList<string?> Keys, long Count);
