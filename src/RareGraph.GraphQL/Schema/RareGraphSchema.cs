using GraphQL.Types;
using RareGraph.GraphQL.Subscriptions;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Schema;

/// <summary>The RareGraph schema. Its printed form is the approved contract in <c>schema/raregraph.graphql</c>.</summary>
public sealed class RareGraphSchema : global::GraphQL.Types.Schema
{
    public RareGraphSchema()
        : base(new global::GraphQL.DefaultServiceProvider())
    {
        Description = "RareGraph: the network of human-rights defenders, organisations, jurisdictions and threats, and how threats spill over.";
        Query = new QueryType();
        Mutation = new MutationType();
        Subscription = new SubscriptionType();
        RegisterTypeMapping(typeof(DateOnly), typeof(CalendarDateGraphType));
        RegisterType(typeof(JurisdictionGraphType));
        RegisterType(typeof(OrganisationGraphType));
        RegisterType(typeof(DefenderGraphType));
        RegisterType(typeof(ThreatGraphType));
        RegisterType(typeof(RelationshipGraphType));
        RegisterType(typeof(Types.AllianceWork.ProgrammeGraphType));
        RegisterType(typeof(Types.AllianceWork.CampGraphType));
        RegisterType(typeof(Types.AllianceWork.CampaignGraphType));
        RegisterType(typeof(Types.AllianceWork.ActionItemGraphType));
    }
}
