namespace RareGraph.Domain.Querying;

/// <summary>
/// A filter over entities of one label, as a small tree the stores translate to SQL or Cypher. Values are
/// <see cref="string"/> (enum values as their C# names), <see cref="DateOnly"/>; never user-built query text.
/// </summary>
public abstract record EntityFilter;
