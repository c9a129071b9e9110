using GraphQL.Types;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertOrganisationInputGraphType : PartialInputGraphType<UpsertOrganisationInput>
{
    public UpsertOrganisationInputGraphType()
    {
        Name = "UpsertOrganisationInput";
        Field<NonNullGraphType<StringGraphType>>("key");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind");
        Field<StringGraphType>("basedInKey").Description("Sets its one BASED_IN relationship (strength 1, open validity); omit to keep the current one, null to remove it.");
        Field<StringGraphType>("website");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        EntityInputFields.AddProvenance(this);
    }
}
