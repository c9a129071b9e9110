using GraphQL.Types;
using RareGraph.Analysis.Spillover;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Analysis;

/// <summary>The spill-over model the engine runs, as data a researcher can cite.</summary>
internal sealed class SpilloverModelGraphType : ObjectGraphType<object>
{
    public SpilloverModelGraphType()
    {
        Name = "SpilloverModel";
        Description = "The weights and flow directions the engine uses (spill-over model v1; docs/spillover-model.md explains them).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpilloverRuleGraphType>>>>("rules")
            .Description("One rule per relationship type, in the order of RelationshipType.")
            .Resolve(_ => RelationshipRules.All.OrderBy(r => r.Type).ToList());
        Field<NonNullGraphType<SpilloverDefaultsGraphType>>("defaults").Resolve(_ => new ImpactOptions());
    }
}
