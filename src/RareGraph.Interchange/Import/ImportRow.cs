namespace RareGraph.Interchange.Import;

/// <summary>
/// One node or edge read from a file: where it is (<c>line 12</c>, <c>node 'HU'</c>), for error messages, and its values
/// by attribute name (see <see cref="Formats.Attributes"/>), with <see cref="Key"/>, <see cref="From"/> and
/// <see cref="To"/> for the identity the format itself carries (node id, edge endpoints).
/// </summary>
public sealed record ImportRow(string Where, IReadOnlyDictionary<string, string> Values)
{
    public const string Key = "@key";
    public const string From = "@from";
    public const string To = "@to";

    public string? this[string name] => Values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
