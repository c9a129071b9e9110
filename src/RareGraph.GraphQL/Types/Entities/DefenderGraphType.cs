using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.AllianceWork;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class DefenderGraphType : ObjectGraphType<Defender>
{
    public DefenderGraphType()
    {
        Name = "Defender";
        Description = "A human-rights defender, known by a pseudonym. Identifying fields are restricted.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Defender;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("displayName").Description("The pseudonym; always shown.")
            .Resolve(ctx => ctx.Source.Pseudonym);
        Field<JurisdictionGraphType>("basedIn").Resolve(ctx => BasedInResolver.Resolve(ctx, ctx.Source.Key));
        Field<StringGraphType>("legalName").Description(RestrictedField.Description)
            .Resolve(ctx => RestrictedField.Release(ctx, ctx.Source.Restricted.LegalName));
        Field<StringGraphType>("contact").Description(RestrictedField.Description)
            .Resolve(ctx => RestrictedField.Release(ctx, ctx.Source.Restricted.Contact));
        Field<StringGraphType>("location").Description(RestrictedField.Description)
            .Resolve(ctx => RestrictedField.Release(ctx, ctx.Source.Restricted.Location));
        Field<SeverityGraphType>("riskLevel").Description(RestrictedField.Description)
            .Resolve(ctx => RestrictedField.Release(ctx, ctx.Source.Restricted.RiskLevel));
        Attendance.AddParticipationsField(this);
    }
}
