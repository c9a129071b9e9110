using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertDefenderInputGraphType : PartialInputGraphType<UpsertDefenderInput>
{
    public UpsertDefenderInputGraphType()
    {
        Name = "UpsertDefenderInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("A pseudonym: never a legal name.");
        Field<StringGraphType>("basedInKey").Description("Sets its one BASED_IN relationship (strength 1, open validity); omit to keep the current one, null to remove it.");
        Field<StringGraphType>("legalName").Description("Restricted.");
        Field<StringGraphType>("contact").Description("Restricted.");
        Field<StringGraphType>("location").Description("Restricted.");
        Field<SeverityGraphType>("riskLevel").Description("Restricted.");
        EntityInputFields.AddProvenance(this);
    }
}
