using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

// The CLR shapes GraphQL.NET binds mutation inputs to. Nullable where the API makes a field optional.
#pragma warning disable CA2227, CA1002 // input DTOs are bound by the GraphQL.NET parser through setters

internal sealed class UpsertJurisdictionInput : EntityInput
{
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public JurisdictionKind? Kind { get; set; }
    public List<string>? Tags { get; set; }
}
