using System.ComponentModel.DataAnnotations;

namespace RareGraph.GraphQL.Execution;

/// <summary>
/// Bounds on the shape of a request document and its variables (<c>RareGraph:Limits</c>, beside
/// <see cref="ExecutionLimits"/>), checked before validation so that an alias bomb or a huge variable list is refused
/// after one cheap pass. Exceeding any is a LIMIT_EXCEEDED error.
/// </summary>
public sealed class DocumentLimits
{
    public const string SectionName = "RareGraph:Limits";

    /// <summary>Deeper syntax (selections or nested input literals) stops the parser itself.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxSyntaxDepth must be a positive number.")]
    public int MaxSyntaxDepth { get; set; } = 64;

    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxAliases must be a positive number.")]
    public int MaxAliases { get; set; } = 100;

    /// <summary>Field selections written in the document, fragments counted once where they are defined.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxSelections must be a positive number.")]
    public int MaxSelections { get; set; } = 2_000;

    /// <summary>Field selections once fragments are expanded: stops fragment fan-out (each spreading the last twice).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxExpandedSelections must be a positive number.")]
    public int MaxExpandedSelections { get; set; } = 20_000;

    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxOperations must be a positive number.")]
    public int MaxOperations { get; set; } = 20;

    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxFragments must be a positive number.")]
    public int MaxFragments { get; set; } = 100;

    /// <summary>Scalars, list elements and object fields in the variables, all counted.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "RareGraph:Limits:MaxVariableValues must be a positive number.")]
    public int MaxVariableValues { get; set; } = 50_000;
}
