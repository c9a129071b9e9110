using GraphQL.Types;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Types.Aggregates;

internal sealed class CountBucketGraphType : ObjectGraphType<CountBucket>
{
    public CountBucketGraphType()
    {
        Name = "CountBucket";
        Description = "One group of an aggregate and how many fall into it.";
        Field<NonNullGraphType<ListGraphType<StringGraphType>>>("keys")
            .Description("The group's value for each dimension of `by`, in that order; null where there is none.")
            .Resolve(ctx => ctx.Source.Keys);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => checked((int)ctx.Source.Count));
    }
}
