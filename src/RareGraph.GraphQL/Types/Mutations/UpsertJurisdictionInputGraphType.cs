using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertJurisdictionInputGraphType : PartialInputGraphType<UpsertJurisdictionInput>
{
    public UpsertJurisdictionInputGraphType()
    {
        Name = "UpsertJurisdictionInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2 for a COUNTRY (HU); 2-10 capitals for a body (EU).");
        Field<JurisdictionKindGraphType>("kind").Description("COUNTRY when a new jurisdiction leaves it out (or sets it to null).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        EntityInputFields.AddProvenance(this);
    }
}
