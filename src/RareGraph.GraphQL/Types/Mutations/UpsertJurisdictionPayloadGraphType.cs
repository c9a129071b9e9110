using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UpsertJurisdictionPayloadGraphType() : PayloadGraphType<JurisdictionGraphType, Entity>("UpsertJurisdictionPayload", "jurisdiction");
