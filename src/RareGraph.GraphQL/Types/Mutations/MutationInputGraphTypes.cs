using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertJurisdictionInputGraphType : InputObjectGraphType<UpsertJurisdictionInput>
{
    public UpsertJurisdictionInputGraphType()
    {
        Name = "UpsertJurisdictionInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2 for a COUNTRY (HU); 2-10 capitals for a body (EU).");
        Field<JurisdictionKindGraphType>("kind").DefaultValue(JurisdictionKind.Country);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
    }
}

internal sealed class UpsertOrganisationInputGraphType : InputObjectGraphType<UpsertOrganisationInput>
{
    public UpsertOrganisationInputGraphType()
    {
        Name = "UpsertOrganisationInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind");
        Field<StringGraphType>("basedInKey").Description("Sets its one BASED_IN relationship (strength 1, open validity); omit to keep the current one.");
        Field<StringGraphType>("website");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
    }
}

internal sealed class UpsertDefenderInputGraphType : InputObjectGraphType<UpsertDefenderInput>
{
    public UpsertDefenderInputGraphType()
    {
        Name = "UpsertDefenderInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("A pseudonym: never a legal name.");
        Field<StringGraphType>("basedInKey");
        Field<StringGraphType>("legalName").Description("Restricted.");
        Field<StringGraphType>("contact").Description("Restricted.");
        Field<StringGraphType>("location").Description("Restricted.");
        Field<SeverityGraphType>("riskLevel").Description("Restricted.");
    }
}

internal sealed class RecordThreatInputGraphType : InputObjectGraphType<RecordThreatInput>
{
    public RecordThreatInputGraphType()
    {
        Name = "RecordThreatInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<ThreatCategoryGraphType>>("category");
        Field<NonNullGraphType<CalendarDateGraphType>>("occurredOn");
        Field<DatePrecisionGraphType>("datePrecision").DefaultValue(DatePrecision.Day);
        Field<SeverityGraphType>("severity").DefaultValue(Severity.Medium);
        Field<StringGraphType>("summary");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("sources");
        Field<StringGraphType>("jurisdictionKey").Description("Where it OCCURRED_IN: a seed of its impact.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetKeys").Description("What it TARGETS: seeds of its impact. Replaces earlier targets.");
    }
}

internal sealed class RelateInputGraphType : InputObjectGraphType<RelateInput>
{
    public RelateInputGraphType()
    {
        Name = "RelateInput";
        Field<NonNullGraphType<StringGraphType>>("fromKey");
        Field<NonNullGraphType<StringGraphType>>("toKey");
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
        Field<FloatGraphType>("strength").DefaultValue(Relationship.DefaultStrength).Description("In (0, 1].");
        Field<CalendarDateGraphType>("validFrom");
        Field<CalendarDateGraphType>("validTo");
        Field<StringGraphType>("source");
        Field<FloatGraphType>("confidence").Description("In [0, 1].");
    }
}

internal sealed class UnrelateInputGraphType : InputObjectGraphType<UnrelateInput>
{
    public UnrelateInputGraphType()
    {
        Name = "UnrelateInput";
        Field<NonNullGraphType<StringGraphType>>("fromKey");
        Field<NonNullGraphType<StringGraphType>>("toKey");
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
    }
}

internal sealed class ImportGraphInputGraphType : InputObjectGraphType<ImportGraphInput>
{
    public ImportGraphInputGraphType()
    {
        Name = "ImportGraphInput";
        Description = "One atomic, idempotent batch: all of it is written, or none of it.";
        Field<ListGraphType<NonNullGraphType<UpsertJurisdictionInputGraphType>>>("jurisdictions");
        Field<ListGraphType<NonNullGraphType<UpsertOrganisationInputGraphType>>>("organisations");
        Field<ListGraphType<NonNullGraphType<UpsertDefenderInputGraphType>>>("defenders");
        Field<ListGraphType<NonNullGraphType<RecordThreatInputGraphType>>>("threats");
        Field<ListGraphType<NonNullGraphType<RelateInputGraphType>>>("relationships");
    }
}
