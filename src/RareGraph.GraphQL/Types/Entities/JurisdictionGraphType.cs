using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class JurisdictionGraphType : ObjectGraphType<Jurisdiction>
{
    public JurisdictionGraphType()
    {
        Name = "Jurisdiction";
        Description = "A country (ISO 3166-1 alpha-2 code) or a supranational body such as the EU.";
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = source => source is Jurisdiction;
        EntityFields.AddCommon(this);
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<JurisdictionKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Tags);
    }
}
