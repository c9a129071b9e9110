using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

internal sealed class UpsertDefenderInput : EntityInput
{
    public string DisplayName { get; set; } = "";
    public string? BasedInKey { get; set; }
    public string? LegalName { get; set; }
    public string? Contact { get; set; }
    public string? Location { get; set; }
    public Severity? RiskLevel { get; set; }
}
