using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class CampFilterGraphType() : EntityFilterGraphType(EntityLabel.Camp, "CampFilter");
