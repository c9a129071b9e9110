using GraphQL.Types;
using RareGraph.Domain.Auditing;

namespace RareGraph.GraphQL.Types.Security;

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One applied write: who, when, which mutation, and the before/after of everything it changed.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The graph version this write produced; unique per entry.")
            .Resolve(ctx => checked((int)ctx.Source.Version));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("`key:<id>` for an API key, the subject for a bearer token.")
            .Resolve(ctx => ctx.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation, e.g. `upsertOrganisation`.")
            .Resolve(ctx => ctx.Source.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditedChangeGraphType>>>>("changes").Resolve(ctx => ctx.Source.Changes);
    }
}
