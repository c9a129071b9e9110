using GraphQL.Types;
using RareGraph.Domain.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

internal sealed class ImportGraphPayloadGraphType : ObjectGraphType<MutationResult<WriteRequest>>
{
    public ImportGraphPayloadGraphType()
    {
        Name = "ImportGraphPayload";
        Field<NonNullGraphType<IntGraphType>>("entitiesWritten").Description("Entities created or changed (unchanged ones are not counted).")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Entities.Count ?? 0);
        Field<NonNullGraphType<IntGraphType>>("relationshipsWritten").Description("Relationships created or changed.")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Relationships.Count(r => r.After is not null) ?? 0);
        Field<NonNullGraphType<IntGraphType>>("relationshipsRemoved").Description("Relationships replaced away (a threat's old targets, an old base).")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Relationships.Count(r => r.After is null) ?? 0);
        PayloadFields.Add(this);
    }
}
