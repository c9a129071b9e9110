using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class OrganisationFilterGraphType() : EntityFilterGraphType(EntityLabel.Organisation, "OrganisationFilter");
