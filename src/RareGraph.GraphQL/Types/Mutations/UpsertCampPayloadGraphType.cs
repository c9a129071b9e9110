using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.AllianceWork;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertCampPayloadGraphType() : PayloadGraphType<CampGraphType, Entity>("UpsertCampPayload", "camp");
