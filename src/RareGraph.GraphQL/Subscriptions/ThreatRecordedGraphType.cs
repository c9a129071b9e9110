using GraphQL.Types;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Subscriptions;

internal sealed class ThreatRecordedGraphType : ObjectGraphType<ThreatRecordedEvent>
{
    public ThreatRecordedGraphType()
    {
        Name = "ThreatRecorded";
        Description = "A threat was recorded.";
        Field<ThreatGraphType>("threat").Description("Null when the threat was removed again before this event was delivered.")
            .Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ThreatKey));
        Field<NonNullGraphType<StringGraphType>>("threatKey").Resolve(ctx => ctx.Source.ThreatKey);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the write.")
            .Resolve(ctx => checked((int)ctx.Source.Version));
    }
}
