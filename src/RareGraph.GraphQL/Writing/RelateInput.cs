using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

internal sealed class RelateInput : PartialInput
{
    public string FromKey { get; set; } = "";
    public string ToKey { get; set; } = "";
    public RelationshipType Type { get; set; }
    public double? Strength { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Source { get; set; }
    public double? Confidence { get; set; }
    public ParticipationRole? Role { get; set; }
}
