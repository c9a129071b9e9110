using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ProgrammeFilterGraphType() : EntityFilterGraphType(EntityLabel.Programme, "ProgrammeFilter");
