using GraphQL.Types;

namespace RareGraph.GraphQL.Schema;

/// <summary>The alliance's questions about its own work: coverage, who met whom, network growth, the action plan.</summary>
internal static class AllianceWorkFields
{
    public static void Add(ObjectGraphType query)
    {
        CoverageField.Add(query);
        CampEncountersField.Add(query);
        NetworkGrowthField.Add(query);
        ActionPlanField.Add(query);
    }
}
