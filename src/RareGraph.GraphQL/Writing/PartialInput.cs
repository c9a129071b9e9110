namespace RareGraph.GraphQL.Writing;

/// <summary>
/// An upsert input that knows which of its fields the caller wrote. The rule for every upsert: a field left out is
/// left as it is stored, an explicit <c>null</c> clears it (back to its default, where it has one), a value replaces it.
/// </summary>
internal abstract class PartialInput
{
    /// <summary>The names of the fields present in the input, <c>null</c> included. Set by <see cref="Types.Mutations.PartialInputGraphType{T}"/>.</summary>
    public IReadOnlySet<string> Given { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    public bool Has(string field) => Given.Contains(field);
}
