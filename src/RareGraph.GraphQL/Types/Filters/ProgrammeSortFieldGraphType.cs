using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ProgrammeSortFieldGraphType() : SortFieldGraphType(EntityLabel.Programme, "ProgrammeSortField");
