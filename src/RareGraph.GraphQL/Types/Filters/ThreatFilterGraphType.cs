using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

internal sealed class ThreatFilterGraphType() : EntityFilterGraphType(EntityLabel.Threat, "ThreatFilter");
