using GraphQL.Types;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Types.Security;

internal sealed class ApiKeyGraphType : ObjectGraphType<ApiKeyInfo>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Description = "A key the server accepts or once accepted; never its secret.";
        Field<NonNullGraphType<StringGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<RoleGraphType>>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("source").Description("CONFIGURATION or ISSUED.").Resolve(ctx => ctx.Source.Source);
        Field<DateTimeOffsetGraphType>("issuedAt").Resolve(ctx => ctx.Source.IssuedAt);
        Field<StringGraphType>("issuedBy").Resolve(ctx => ctx.Source.IssuedBy);
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(ctx => ctx.Source.RevokedAt);
        Field<StringGraphType>("revokedBy").Resolve(ctx => ctx.Source.RevokedBy);
    }
}
