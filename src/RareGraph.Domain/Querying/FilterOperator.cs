namespace RareGraph.Domain.Querying;

public enum FilterOperator
{
    Equals,
    In,

    /// <summary>Case-insensitive (invariant lower case) substring match.</summary>
    Contains,

    /// <summary>Case-insensitive (invariant lower case) prefix match.</summary>
    StartsWith,
    GreaterThanOrEqual,
    LessThanOrEqual,
}
