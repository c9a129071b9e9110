using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "Every node of the graph: jurisdictions, organisations, defenders and threats.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable global id.");
        Field<NonNullGraphType<StringGraphType>>("key").Description("The client-chosen key: unique across the graph and stable forever.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("What a person sees: a defender's pseudonym, a threat's title.");
        Field<StringGraphType>("source").Description(EntityFields.SourceDescription);
        Field<FloatGraphType>("confidence").Description(EntityFields.ConfidenceDescription);
        Field<CalendarDateGraphType>("validFrom").Description(EntityFields.ValidFromDescription);
        Field<CalendarDateGraphType>("validTo").Description(EntityFields.ValidToDescription);
        Field<NonNullGraphType<ConnectionGraphType<RelationshipGraphType>>>("relationships")
            .Description("The relationships touching this entity, ordered by (fromKey, type, toKey).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types", "Only these types.")
            .Argument<RelationshipDirectionGraphType>("direction", arg => arg.DefaultValue = RelationshipDirection.Both)
            .Argument<CalendarDateGraphType>("at", "Only relationships valid on this date.")
            .PagingArguments();
    }
}
