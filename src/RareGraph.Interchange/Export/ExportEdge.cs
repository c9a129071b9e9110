namespace RareGraph.Interchange.Export;

/// <summary>
/// One relationship as every format writes it: a unique id, its endpoints' node ids, its type as label, its strength
/// as weight, the other attribute values by name, and its inclusive validity (null = open).
/// </summary>
public sealed record ExportEdge(
    string Id,
    string Source,
    string Target,
    string Label,
    double Weight,
    IReadOnlyDictionary<string, object> Values,
    DateOnly? Start,
    DateOnly? End);
