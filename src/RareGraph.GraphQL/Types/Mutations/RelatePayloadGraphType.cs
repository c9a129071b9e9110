using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class RelatePayloadGraphType() : PayloadGraphType<RelationshipGraphType, Relationship>("RelatePayload", "relationship");
