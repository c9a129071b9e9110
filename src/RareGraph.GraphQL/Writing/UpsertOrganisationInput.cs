using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

#pragma warning disable CA2227, CA1002 // input DTOs are bound by the GraphQL.NET parser through setters

internal sealed class UpsertOrganisationInput : EntityInput
{
    public string Name { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string? BasedInKey { get; set; }
    public string? Website { get; set; }
    public List<string>? Tags { get; set; }
}
