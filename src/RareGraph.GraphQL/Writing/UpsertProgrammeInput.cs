namespace RareGraph.GraphQL.Writing;

internal sealed class UpsertProgrammeInput : EntityInput
{
    public string Title { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Summary { get; set; }
    public List<string>? OrganiserKeys { get; set; }
}
