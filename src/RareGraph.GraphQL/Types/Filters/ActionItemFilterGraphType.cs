using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ActionItemFilterGraphType() : EntityFilterGraphType(EntityLabel.ActionItem, "ActionItemFilter");
