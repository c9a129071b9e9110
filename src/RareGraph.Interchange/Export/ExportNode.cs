namespace RareGraph.Interchange.Export;

/// <summary>
/// One node as every format writes it: its id (the key, or a per-file pseudonym), the label a person reads, its
/// attribute values by attribute name (absent = no value), and the inclusive period it existed (null = open).
/// </summary>
public sealed record ExportNode(
    string Id,
    string Label,
    IReadOnlyDictionary<string, object> Values,
    DateOnly? Start,
    DateOnly? End);
