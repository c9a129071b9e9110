using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Mutations;

internal static class PayloadFields
{
    public static void Add<T>(ObjectGraphType<MutationResult<T>> type)
    {
        type.Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after this write.")
            .Resolve(ctx => checked((int)ctx.Source.Outcome.Version));
        type.Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the write repeated what was stored.")
            .Resolve(ctx => ctx.Source.Outcome.ChangedAnything);
    }
}
