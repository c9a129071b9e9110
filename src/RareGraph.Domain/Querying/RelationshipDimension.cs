namespace RareGraph.Domain.Querying;

/// <summary>What relationship counts can be grouped by; each bucket key is a string.</summary>
public enum RelationshipDimension
{
    /// <summary>The <see cref="Model.RelationshipType"/>, as its C# name.</summary>
    Type,
}
