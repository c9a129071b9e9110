using GraphQL.Types;
using RareGraph.Analysis.AllianceWork;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class CampEncounterGraphType : ObjectGraphType<CampEncounter>
{
    public CampEncounterGraphType()
    {
        Name = "CampEncounter";
        Description = "Someone met at camps: a defender (by pseudonym) or an organisation, and the camps shared.";
        Field<NonNullGraphType<EntityInterface>>("participant").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ParticipantKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampGraphType>>>>("camps").Description("The camps both took part in, by start date, then key.")
            .Resolve(ctx => ctx.Source.Camps);
        Field<NonNullGraphType<IntGraphType>>("sharedCamps").Resolve(ctx => ctx.Source.Camps.Count);
        Field<CalendarDateGraphType>("firstMetOn").Description("The first day of the earliest shared camp.").Resolve(ctx => ctx.Source.FirstMetOn);
        Field<CalendarDateGraphType>("lastMetOn").Description("The first day of the latest shared camp.").Resolve(ctx => ctx.Source.LastMetOn);
    }
}
