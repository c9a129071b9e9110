using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertDefenderPayloadGraphType() : PayloadGraphType<DefenderGraphType, Entity>("UpsertDefenderPayload", "defender");
