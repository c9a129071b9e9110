using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

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
        EntityInputFields.AddProvenance(this);
    }
}
