using GraphQL.Builders;
using GraphQL.Types;
using RareGraph.GraphQL.Paging;

namespace RareGraph.GraphQL.Types.Paging;

internal static class PagingArgumentsExtensions
{
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"Page forwards: at most this many (0..{PagingLimits.MaxPageSize}; default {PagingLimits.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from this connection: start after it.")
            .Argument<IntGraphType>("last", $"Page backwards: at most this many (0..{PagingLimits.MaxPageSize}).")
            .Argument<StringGraphType>("before", "A cursor from this connection: end before it (with last).");
}
