using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Ids;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.Analysis;
using RareGraph.GraphQL.Types.AllianceWork;
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
            .Resolve(ctx => ResolveNode(ctx, Decode(ctx.GetArgument<string>("id"), "id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description($"Fetches up to {MaxNodeIds} nodes, in the order of ids; null for each id that does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodeIds)
                {
                    throw RareGraphException.LimitExceeded($"Ask for at most {MaxNodeIds} ids at once.", "ids");
                }

                // A malformed id is an error at its own index; the other ids still resolve.
                return ids.Select((id, index) =>
                {
                    if (GlobalId.TryDecode(id, out var parsed))
                    {
                        return ResolveNode(ctx, parsed);
                    }

                    var error = RareGraphExecutionError.From(NotAnId($"ids.{index}"));
                    error.Path = ctx.Path.Append(index);
                    error.AddLocation(ctx.FieldAst, ctx.Document);
                    ctx.Errors.Add(error);
                    return null;
                }).ToList();
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

        ListingField.Add<ProgrammeGraphType, ProgrammeFilterGraphType, ProgrammeSortGraphType>(
            this, "programmes", EntityLabel.Programme, "The alliance's programmes.");
        ListingField.Add<CampGraphType, CampFilterGraphType, CampSortGraphType>(
            this, "camps", EntityLabel.Camp, "Camps of the programmes (attendance: editors only).");
        ListingField.Add<CampaignGraphType, CampaignFilterGraphType, CampaignSortGraphType>(
            this, "campaigns", EntityLabel.Campaign, "Joint advocacy and lobbying campaigns.");
        ListingField.Add<ActionItemGraphType, ActionItemFilterGraphType, ActionItemSortGraphType>(
            this, "actionItems", EntityLabel.ActionItem, "Items of the strategic action plan.");

        RelationshipListingField.Add(this);

        AggregateFields.Add(this);
        AnalysisFields.Add(this);
        AllianceWorkFields.Add(this);
        AuditTrailField.Add(this);
        KeyManagementFields.AddQueries(this);
    }

    /// <summary>An id this API could not have issued is bad input (VALIDATION), not a missing node (null).</summary>
    private static ParsedGlobalId Decode(string id, string field) =>
        GlobalId.TryDecode(id, out var parsed) ? parsed : throw NotAnId(field);

    private static RareGraphException NotAnId(string field) =>
        RareGraphException.Validation(field, "Not a RareGraph id: use the id of a node as the API returned it.");

    private static object? ResolveNode(IResolveFieldContext context, ParsedGlobalId parsed)
    {
        if (parsed.Relationship is { } relationship)
        {
            if (relationship.Type == RelationshipType.ParticipatesIn && !RareGraphRoles.CanSeeAttendance(context.RareGraph().User))
            {
                return null;
            }

            return context.Loaders().RelationshipsByKey.Load(relationship);
        }

        return context.Loaders().EntitiesByKey.Load(parsed.Key!).Then(entity => entity?.Label == parsed.Label ? entity : null);
    }
}
