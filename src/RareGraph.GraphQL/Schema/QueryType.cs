using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Ids;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Analysis;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Filters;

namespace RareGraph.GraphQL.Schema;

internal sealed class QueryType : ObjectGraphType
{
    public const int MaxNodeIds = 100;

    public QueryType()
    {
        Name = "Query";
        Field<NodeInterface>("node").Description("Fetches any node by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ResolveNode(ctx, ctx.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description($"Fetches up to {MaxNodeIds} nodes, in the order of ids; null for each id that does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodeIds)
                {
                    throw RareGraphException.LimitExceeded($"Ask for at most {MaxNodeIds} ids at once.", "ids");
                }

                return ids.Select(id => ResolveNode(ctx, id)).ToList();
            });
        Field<EntityInterface>("entity").Description("Fetches an entity by its key; null when no entity has it.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.GetArgument<string>("key")));

        ListingField.Add<JurisdictionGraphType, JurisdictionFilterGraphType, JurisdictionSortGraphType>(
            this, "jurisdictions", EntityLabel.Jurisdiction, "Countries and supranational bodies.");
        ListingField.Add<OrganisationGraphType, OrganisationFilterGraphType, OrganisationSortGraphType>(
            this, "organisations", EntityLabel.Organisation, "NGOs, governments, parliaments, multilateral bodies, funders…");
        ListingField.Add<DefenderGraphType, DefenderFilterGraphType, DefenderSortGraphType>(
            this, "defenders", EntityLabel.Defender, "Human-rights defenders, by pseudonym.");
        ListingField.Add<ThreatGraphType, ThreatFilterGraphType, ThreatSortGraphType>(
            this, "threats", EntityLabel.Threat, "Recorded threats and civic-space restrictions.");

        RelationshipListingField.Add(this);
        AggregateFields.Add(this);
        AnalysisFields.Add(this);
        AuditTrailField.Add(this);
        KeyManagementFields.AddQueries(this);
    }

    private static object? ResolveNode(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var parsed))
        {
            return null;
        }

        if (parsed.Relationship is { } relationship)
        {
            return context.Loaders().RelationshipsByKey.Load(relationship);
        }

        return context.Loaders().EntitiesByKey.Load(parsed.Key!).Then(entity => entity?.Label == parsed.Label ? entity : null);
    }
}
