using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

internal sealed class UpsertActionItemInput : EntityInput
{
    public string Title { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public ActionItemStatus? Status { get; set; }
    public string? PartOfKey { get; set; }
    public List<string>? OwnerKeys { get; set; }
}
