using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.Security;

namespace RareGraph.GraphQL.Schema;

/// <summary>ADMIN-only key management: list keys, issue one (its secret shown once), revoke an issued one.</summary>
internal static class KeyManagementFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys")
            .Description("Every configured and issued API key, without secrets: configured keys in configuration order, then issued keys by id. ADMIN only.")
            .ResolveAsync(async ctx => await Manager(ctx).ListAsync(ctx.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IssuedApiKeyGraphType>>("createApiKey")
            .Description("Issues a new API key for a role; the answer holds its secret, shown once. ADMIN only.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "Names the key in the audit trail: 1-64 letters, digits, '-', '_' or '.'.")
            .Argument<NonNullGraphType<RoleGraphType>>("role")
            .ResolveAsync(async ctx => await Manager(ctx).IssueAsync(
                ctx.GetArgument<string>("id"), ctx.GetArgument<string>("role"), CallerScope.Actor, ctx.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("revokeApiKey")
            .Description("Revokes an issued key at once; false when no unrevoked issued key has this id. ADMIN only.")
            .Argument<NonNullGraphType<StringGraphType>>("id")
            .ResolveAsync(async ctx => (object?)await Manager(ctx).RevokeAsync(ctx.GetArgument<string>("id"), CallerScope.Actor, ctx.CancellationToken));
    }

    private static IApiKeyManager Manager(IResolveFieldContext context)
    {
        // The request guard already refused non-admins; this keeps the fields closed if they are ever reached another way.
        if (!RareGraphRoles.HasAtLeast(context.RareGraph().User, RareGraphRoles.Admin))
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Only ADMIN may manage API keys.");
        }

        return context.RequestServices!.GetService<IApiKeyManager>()
            ?? throw new RareGraphException(ErrorCodes.Unavailable, "This server does not issue API keys.");
    }
}
