using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.AllianceWork;
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignGraphType>>>>("campaigns").Description("The campaigns it RUNS, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.Runs, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeGraphType>>>>("programmes").Description("The programmes it ORGANISES, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.Organises, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemGraphType>>>>("actionItems").Description("The action items it OWNS, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.Owns, outgoing: true));
        Attendance.AddParticipationsField(this);
    }
}
