using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Auditing;
using RareGraph.Domain.Errors;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.Paging;
using RareGraph.GraphQL.Types.Security;

namespace RareGraph.GraphQL.Schema;

/// <summary><c>auditTrail</c>: the record of writes, newest first, forward paging only. ADMIN only.</summary>
internal static class AuditTrailField
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<AuditEntryGraphType>>>("auditTrail")
            .Description("Every applied write, newest first. ADMIN only.")
            .Argument<IntGraphType>("first", $"At most this many (0..{PagingLimits.MaxPageSize}; default {PagingLimits.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from this connection: continue after it.")
            .Argument<StringGraphType>("actor", "Only writes by this actor (`key:<id>` or a token subject).")
            .Argument<StringGraphType>("operation", "Only this mutation, e.g. `importGraph`.")
            .ResolveAsync(async ctx => (object?)await ResolveAsync(ctx));
    }

    private static async Task<IConnection> ResolveAsync(IResolveFieldContext context)
    {
        // The request guard already refused non-admins; checking again keeps the field closed if it is ever reached another way.
        if (!RareGraphRoles.HasAtLeast(context.RareGraph().User, RareGraphRoles.Admin))
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Only ADMIN may read the audit trail.");
        }

        var trail = context.RequestServices!.GetService<IAuditTrail>()
            ?? throw new RareGraphException(ErrorCodes.Unavailable, "No audit trail is configured on this server.");
        var first = context.GetArgument<int?>("first") ?? PagingLimits.DefaultPageSize;
        if (first < 0 || first > PagingLimits.MaxPageSize)
        {
            throw RareGraphException.Validation("first", $"first must be between 0 and {PagingLimits.MaxPageSize}.");
        }

        var after = context.GetArgument<string?>("after");
        var cursors = CursorBinding.Of(context);
        long? before = after is null ? null : cursors.Decode(after, "after", 1)[0].TryGetInt64(out var version)
            ? version
            : throw CursorBinding.NotOurs("after");
        var actor = context.GetArgument<string?>("actor");
        var operation = context.GetArgument<string?>("operation");

        var page = await trail.ListAsync(new AuditQuery(first + 1, before, actor, operation), context.CancellationToken);
        var edges = page.Take(first).Select(e => new Edge<AuditEntry>(cursors.Encode([e.Version]), e)).ToList();
        var info = PageInfo.Of(page.Count > first, after is not null, edges);
        return new Connection<AuditEntry>(edges, info, token => trail.CountAsync(actor, operation, token));
    }
}
