namespace RareGraph.GraphQL.Writing;

/// <summary>What every entity input carries: the provenance of the fact that the entity exists, and when it did.</summary>
internal abstract class EntityInput : PartialInput
{
    public string Key { get; set; } = "";
    public string? Source { get; set; }
    public double? Confidence { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
