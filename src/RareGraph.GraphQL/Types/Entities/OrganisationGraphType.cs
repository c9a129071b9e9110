using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class OrganisationGraphType : ObjectGraphType<Organisation>
{
    public OrganisationGraphType()
    {
        Name = "Organisation";
        Description = "An NGO, government, parliament, multilateral body, funder, university or media outlet.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Organisation;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<StringGraphType>("website").Resolve(ctx => ctx.Source.Website);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Tags);
        Field<JurisdictionGraphType>("basedIn").Description("The jurisdiction it is BASED_IN, if known.")
            .Resolve(ctx => BasedInResolver.Resolve(ctx, ctx.Source.Key));
    }
}
