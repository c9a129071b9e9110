namespace RareGraph.GraphQL.Execution;

/// <summary>
/// Bounds on the shape of a request document and its variables, checked before validation so that an alias bomb or a
/// huge variable list is refused after one cheap pass. Exceeding any is a LIMIT_EXCEEDED error.
/// </summary>
public sealed class DocumentLimits
{
    /// <summary>Deeper syntax (selections or nested input literals) stops the parser itself.</summary>
    public int MaxSyntaxDepth { get; set; } = 64;

    public int MaxAliases { get; set; } = 100;

    /// <summary>Field selections written in the document, fragments counted once where they are defined.</summary>
    public int MaxSelections { get; set; } = 2_000;

    /// <summary>Field selections once fragments are expanded: stops fragment fan-out (each spreading the last twice).</summary>
    public int MaxExpandedSelections { get; set; } = 20_000;

    public int MaxOperations { get; set; } = 20;

    public int MaxFragments { get; set; } = 100;

    /// <summary>Scalars, list elements and object fields in the variables, all counted.</summary>
    public int MaxVariableValues { get; set; } = 50_000;
}
