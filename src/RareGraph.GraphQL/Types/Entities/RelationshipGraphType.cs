using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Ids;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Description = "A directed, typed link. At most one of each type joins two entities in one direction.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is Relationship;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.ForRelationship(ctx.Source.Identity));
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.FromKey));
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.ToKey));
        Field<NonNullGraphType<StringGraphType>>("fromKey").Resolve(ctx => ctx.Source.FromKey);
        Field<NonNullGraphType<StringGraphType>>("toKey").Resolve(ctx => ctx.Source.ToKey);
        Field<NonNullGraphType<FloatGraphType>>("strength").Description("In (0, 1]; multiplies the type's weight.")
            .Resolve(ctx => ctx.Source.Strength);
        Field<CalendarDateGraphType>("validFrom").Description("Inclusive; null = since always.").Resolve(ctx => ctx.Source.ValidFrom);
        Field<CalendarDateGraphType>("validTo").Description("Inclusive; null = still valid.").Resolve(ctx => ctx.Source.ValidTo);
        Field<StringGraphType>("source").Description("A URL or citation; demo data marks illustrative links here.")
            .Resolve(ctx => ctx.Source.Source);
        Field<FloatGraphType>("confidence").Description("0..1, how sure the source is.").Resolve(ctx => ctx.Source.Confidence);
        Field<ParticipationRoleGraphType>("role").Description("PARTICIPATES_IN only: what the participant did there.").Resolve(ctx => ctx.Source.Role);
    }
}
