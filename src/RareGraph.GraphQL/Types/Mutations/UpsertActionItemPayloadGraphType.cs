using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.AllianceWork;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertActionItemPayloadGraphType() : PayloadGraphType<ActionItemGraphType, Entity>("UpsertActionItemPayload", "actionItem");
