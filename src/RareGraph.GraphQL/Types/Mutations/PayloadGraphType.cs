using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Mutations;

/// <summary>A payload holding the written item under a named field (e.g. UpsertOrganisationPayload.organisation).</summary>
internal abstract class PayloadGraphType<TItemType, TItem> : ObjectGraphType<MutationResult<TItem>>
    where TItemType : IGraphType
{
    protected PayloadGraphType(string name, string itemField)
    {
        Name = name;
        Field<NonNullGraphType<TItemType>>(itemField).Resolve(ctx => ctx.Source.Item);
        PayloadFields.Add(this);
    }
}
