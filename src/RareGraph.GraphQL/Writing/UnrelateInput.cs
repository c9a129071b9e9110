using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

internal sealed class UnrelateInput
{
    public string FromKey { get; set; } = "";
    public string ToKey { get; set; } = "";
    public RelationshipType Type { get; set; }
}
