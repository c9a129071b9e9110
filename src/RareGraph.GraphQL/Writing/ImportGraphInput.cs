namespace RareGraph.GraphQL.Writing;

#pragma warning disable CA2227, CA1002 // input DTOs are bound by the GraphQL.NET parser through setters

internal sealed class ImportGraphInput
{
    public List<UpsertJurisdictionInput>? Jurisdictions { get; set; }
    public List<UpsertOrganisationInput>? Organisations { get; set; }
    public List<UpsertDefenderInput>? Defenders { get; set; }
    public List<RecordThreatInput>? Threats { get; set; }
    public List<RelateInput>? Relationships { get; set; }
}
