using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Writing;

// The CLR shapes GraphQL.NET binds mutation inputs to. Nullable where the API makes a field optional.
#pragma warning disable CA2227, CA1002 // input DTOs are bound by the GraphQL.NET parser through setters

internal sealed class UpsertJurisdictionInput
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public JurisdictionKind Kind { get; set; } = JurisdictionKind.Country;
    public List<string>? Tags { get; set; }
}

internal sealed class UpsertOrganisationInput
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string? BasedInKey { get; set; }
    public string? Website { get; set; }
    public List<string>? Tags { get; set; }
}

internal sealed class UpsertDefenderInput
{
    public string Key { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? BasedInKey { get; set; }
    public string? LegalName { get; set; }
    public string? Contact { get; set; }
    public string? Location { get; set; }
    public Severity? RiskLevel { get; set; }
}

internal sealed class RecordThreatInput
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public ThreatCategory Category { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DatePrecision DatePrecision { get; set; } = DatePrecision.Day;
    public Severity Severity { get; set; } = Severity.Medium;
    public string? Summary { get; set; }
    public List<string>? Sources { get; set; }
    public string? JurisdictionKey { get; set; }
    public List<string>? TargetKeys { get; set; }
}

internal sealed class RelateInput
{
    public string FromKey { get; set; } = "";
    public string ToKey { get; set; } = "";
    public RelationshipType Type { get; set; }
    public double Strength { get; set; } = Relationship.DefaultStrength;
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Source { get; set; }
    public double? Confidence { get; set; }
}

internal sealed class UnrelateInput
{
    public string FromKey { get; set; } = "";
    public string ToKey { get; set; } = "";
    public RelationshipType Type { get; set; }
}

internal sealed class ImportGraphInput
{
    public List<UpsertJurisdictionInput>? Jurisdictions { get; set; }
    public List<UpsertOrganisationInput>? Organisations { get; set; }
    public List<UpsertDefenderInput>? Defenders { get; set; }
    public List<RecordThreatInput>? Threats { get; set; }
    public List<RelateInput>? Relationships { get; set; }
}
#pragma warning restore CA2227, CA1002
