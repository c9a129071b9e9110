using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class ThreatGraphType : ObjectGraphType<Threat>
{
    public ThreatGraphType()
    {
        Name = "Threat";
        Description = "A recorded event in civic space: mostly attacks (a law, a raid, a SLAPP, a smear campaign, surveillance…), also the rulings and directives that protect it (polarity).";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Threat;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<ThreatCategoryGraphType>>("category").Resolve(ctx => ctx.Source.Category);
        Field<NonNullGraphType<CalendarDateGraphType>>("occurredOn").Resolve(ctx => ctx.Source.OccurredOn);
        Field<NonNullGraphType<DatePrecisionGraphType>>("datePrecision")
            .Description("MONTH when sources agree only on the month: occurredOn is then the 1st of that month.")
            .Resolve(ctx => ctx.Source.DatePrecision);
        Field<NonNullGraphType<SeverityGraphType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<NonNullGraphType<EventPolarityGraphType>>("polarity")
            .Description("RESTRICTIVE (harms civic space) or PROTECTIVE (strengthens it); what its impact scores mean.")
            .Resolve(ctx => ctx.Source.Polarity);
        Field<StringGraphType>("summary").Resolve(ctx => ctx.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Resolve(ctx => ctx.Source.Sources);
        Field<JurisdictionGraphType>("jurisdiction").Description("Where it OCCURRED_IN.")
            .Resolve(ctx => OutgoingTargets(ctx.Loaders(), ctx.Source.Key, RelationshipType.OccurredIn, single: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("targets")
            .Description("What it TARGETS: organisations, defenders or jurisdictions, in key order.")
            .Resolve(ctx => OutgoingTargets(ctx.Loaders(), ctx.Source.Key, RelationshipType.Targets, single: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationGraphType>>>>("initiatedBy")
            .Description("Who brought it about (INITIATED_BY): the government or parliament that passed a law, a SLAPP's claimant, "
                + "the agency behind spyware; in key order. Its impact neither starts from nor reaches them.")
            .Resolve(ctx => OutgoingTargets(ctx.Loaders(), ctx.Source.Key, RelationshipType.InitiatedBy, single: false));
    }

    private static object OutgoingTargets(RequestLoaders loaders, string threatKey, RelationshipType type, bool single) =>
        loaders.RelationshipsOf.Load(threatKey).Then(relationships =>
        {
            var keys = (relationships ?? [])
                .Where(r => r.Type == type && string.Equals(r.FromKey, threatKey, StringComparison.Ordinal))
                .Select(r => r.ToKey)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (single)
            {
                return keys.Count == 0 ? null : loaders.EntitiesByKey.Load(keys[0]);
            }

            return new KeyedListLoad<string, Entity>(loaders.EntitiesByKey, keys);
        });
}
