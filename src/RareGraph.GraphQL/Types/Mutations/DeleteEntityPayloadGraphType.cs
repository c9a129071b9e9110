using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class DeleteEntityPayloadGraphType : ObjectGraphType<MutationResult<string>>
{
    public DeleteEntityPayloadGraphType()
    {
        Name = "DeleteEntityPayload";
        Field<NonNullGraphType<StringGraphType>>("deletedKey").Resolve(ctx => ctx.Source.Item);
        Field<NonNullGraphType<IntGraphType>>("removedRelationships")
            .Description("Relationships that touched the entity and were removed with it.")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Relationships.Count ?? 0);
        PayloadFields.Add(this);
    }
}
