using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class UnrelatePayloadGraphType : ObjectGraphType<MutationResult<RelationshipKey>>
{
    public UnrelatePayloadGraphType()
    {
        Name = "UnrelatePayload";
        Field<NonNullGraphType<StringGraphType>>("fromKey").Resolve(ctx => ctx.Source.Item.FromKey);
        Field<NonNullGraphType<StringGraphType>>("toKey").Resolve(ctx => ctx.Source.Item.ToKey);
        Field<NonNullGraphType<Enums.RelationshipTypeGraphType>>("type").Resolve(ctx => ctx.Source.Item.Type);
        PayloadFields.Add(this);
    }
}
