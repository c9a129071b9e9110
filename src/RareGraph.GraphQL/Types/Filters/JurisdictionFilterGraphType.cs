using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class JurisdictionFilterGraphType() : EntityFilterGraphType(EntityLabel.Jurisdiction, "JurisdictionFilter");
