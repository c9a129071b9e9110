using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class DefenderFilterGraphType() : EntityFilterGraphType(EntityLabel.Defender, "DefenderFilter");
