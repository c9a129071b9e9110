namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ProgrammeSortGraphType() : SortInputGraphType<ProgrammeSortFieldGraphType>("ProgrammeSort");
