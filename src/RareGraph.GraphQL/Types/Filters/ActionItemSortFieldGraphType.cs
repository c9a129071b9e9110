using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ActionItemSortFieldGraphType() : SortFieldGraphType(EntityLabel.ActionItem, "ActionItemSortField");
