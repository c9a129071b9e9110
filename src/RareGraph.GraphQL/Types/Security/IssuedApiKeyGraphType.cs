using GraphQL.Types;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Types.Security;

internal sealed class IssuedApiKeyGraphType : ObjectGraphType<IssuedApiKey>
{
    public IssuedApiKeyGraphType()
    {
        Name = "IssuedApiKey";
        Field<NonNullGraphType<StringGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<RoleGraphType>>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("secret")
            .Description("Send it as `X-Api-Key`. Shown in this answer only: the server keeps just its hash.")
            .Resolve(ctx => ctx.Source.Secret);
    }
}
