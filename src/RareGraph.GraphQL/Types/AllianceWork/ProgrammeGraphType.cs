using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class ProgrammeGraphType : ObjectGraphType<Programme>
{
    public ProgrammeGraphType()
    {
        Name = "Programme";
        Description = "An alliance's programme: its organisers ORGANISE it; camps and campaigns are PART_OF it.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Programme;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<CalendarDateGraphType>("startsOn").Resolve(ctx => ctx.Source.StartsOn);
        Field<CalendarDateGraphType>("endsOn").Resolve(ctx => ctx.Source.EndsOn);
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("organisers").Description("The organisations that ORGANISE it, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.Organises, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampGraphType>>>>("camps").Description("Its camps, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: false, EntityLabel.Camp));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignGraphType>>>>("campaigns").Description("Its campaigns, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: false, EntityLabel.Campaign));
        Attendance.AddFields(this);
    }
}
