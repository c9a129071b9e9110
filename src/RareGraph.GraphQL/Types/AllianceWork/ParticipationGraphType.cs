using GraphQL.Types;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Entities;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Types.AllianceWork;

internal sealed class ParticipationGraphType : ObjectGraphType<Participation>
{
    public ParticipationGraphType()
    {
        Name = "Participation";
        Description = "Who took part in which camp or programme, in what role. Editors and up only: attendance is sensitive.";
        Field<NonNullGraphType<EntityInterface>>("participant").Description("A defender (by pseudonym; restricted fields stay restricted) or an organisation.")
            .Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.Relationship.FromKey));
        Field<NonNullGraphType<EntityInterface>>("gathering").Description("The camp or programme taken part in.")
            .Resolve(ctx => ctx.Loaders().EntitiesByKey.Load(ctx.Source.Relationship.ToKey));
        Field<ParticipationRoleGraphType>("role").Resolve(ctx => ctx.Source.Relationship.Role);
        Field<NonNullGraphType<RelationshipGraphType>>("relationship").Resolve(ctx => ctx.Source.Relationship);
    }
}
