using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class CampGraphType : ObjectGraphType<Camp>
{
    public CampGraphType()
    {
        Name = "Camp";
        Description = "A camp of a programme. Who attended is sensitive: `participants` for editors, `participantCount` for analysts.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Camp;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType>("city").Description("As the alliance names it; null when not recorded.").Resolve(ctx => ctx.Source.City);
        Field<CalendarDateGraphType>("startsOn").Resolve(ctx => ctx.Source.StartsOn);
        Field<CalendarDateGraphType>("endsOn").Resolve(ctx => ctx.Source.EndsOn);
        Field<StringGraphType>("topic").Resolve(ctx => ctx.Source.Topic);
        Field<ProgrammeGraphType>("programme").Description("The programme it is PART_OF.")
            .Resolve(ctx => LinkedEntities.First(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: true, EntityLabel.Programme));
        Field<JurisdictionGraphType>("heldIn").Description("The jurisdiction it was HELD_IN.")
            .Resolve(ctx => LinkedEntities.First(ctx, ctx.Source.Key, RelationshipType.HeldIn, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemGraphType>>>>("actionItems").Description("Action items PART_OF it, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: false, EntityLabel.ActionItem));
        Attendance.AddFields(this);
    }
}
