using GraphQL.Types;
using RareGraph.Domain.Auditing;

namespace RareGraph.GraphQL.Types.Security;

internal sealed class AuditedChangeGraphType : ObjectGraphType<AuditedChange>
{
    public AuditedChangeGraphType()
    {
        Name = "AuditedChange";
        Field<NonNullGraphType<AuditSubjectGraphType>>("subject").Resolve(ctx => ctx.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("key").Description("An entity key, or `from-[TYPE]->to` for a relationship.")
            .Resolve(ctx => ctx.Source.Key);
        Field<StringGraphType>("before").Description("The whole record before, as JSON; null when the write created it.")
            .Resolve(ctx => ctx.Source.Before);
        Field<StringGraphType>("after").Description("The whole record after, as JSON; null when the write removed it.")
            .Resolve(ctx => ctx.Source.After);
    }
}
