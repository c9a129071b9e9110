namespace RareGraph.GraphQL.Writing;

internal sealed class UpsertCampInput : EntityInput
{
    public string Title { get; set; } = "";
    public string? City { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Topic { get; set; }
    public string? ProgrammeKey { get; set; }
    public string? HeldInKey { get; set; }
}
