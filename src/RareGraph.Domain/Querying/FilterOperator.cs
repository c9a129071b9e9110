namespace RareGraph.Domain.Querying;

public enum FilterOperator
{
    Equals,
    In,

    /// <summary>
    /// Substring match ignoring case (invariant lower case); on names also ignoring accents (<see cref="TextFolding"/>).
    /// </summary>
    Contains,

    /// <summary>Prefix match ignoring case (invariant lower case); on names also ignoring accents (<see cref="TextFolding"/>).</summary>
    StartsWith,
    GreaterThanOrEqual,
    LessThanOrEqual,
}
