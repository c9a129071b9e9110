using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

internal sealed class UpsertCampaignInput : EntityInput
{
    public string Title { get; set; } = "";
    public string? Goal { get; set; }
    public CampaignStatus? Status { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? ProgrammeKey { get; set; }
    public List<string>? RunByKeys { get; set; }
    public List<string>? AdvocatesToKeys { get; set; }
    public List<string>? RespondsToKeys { get; set; }
}
