using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class CampaignGraphType : ObjectGraphType<Campaign>
{
    public CampaignGraphType()
    {
        Name = "Campaign";
        Description = "Joint advocacy or lobbying: organisations RUN it; it ADVOCATES_TO governments, parliaments and multilateral bodies and RESPONDS_TO events.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Campaign;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<StringGraphType>("goal").Resolve(ctx => ctx.Source.Goal);
        Field<NonNullGraphType<CampaignStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<CalendarDateGraphType>("startsOn").Resolve(ctx => ctx.Source.StartsOn);
        Field<CalendarDateGraphType>("endsOn").Resolve(ctx => ctx.Source.EndsOn);
        Field<ProgrammeGraphType>("programme").Description("The programme it is PART_OF, if any.")
            .Resolve(ctx => LinkedEntities.First(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: true, EntityLabel.Programme));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("runBy").Description("The organisations that RUN it, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.Runs, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("advocatesTo").Description("The bodies it ADVOCATES_TO, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.AdvocatesTo, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThreatGraphType>>>>("respondsTo").Description("The events it RESPONDS_TO, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.RespondsTo, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionItemGraphType>>>>("actionItems").Description("Action items PART_OF it, by key.")
            .Resolve(ctx => LinkedEntities.Resolve(ctx, ctx.Source.Key, RelationshipType.PartOf, outgoing: false, EntityLabel.ActionItem));
    }
}
