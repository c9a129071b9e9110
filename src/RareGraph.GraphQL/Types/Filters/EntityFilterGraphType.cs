using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Filtering;

namespace RareGraph.GraphQL.Types.Filters;

/// <summary>The <c>where</c> input of one label's listing, generated from <see cref="FilterFields"/>.</summary>
internal abstract class EntityFilterGraphType : InputObjectGraphType
{
    protected EntityFilterGraphType(EntityLabel label, string name)
    {
        Name = name;
        Description = "Conditions on fields combine with AND; use and/or/not for anything else.";
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        Field("not", new GraphQLTypeReference(name));
        foreach (var field in FilterFields.For(label))
        {
            Field(field.Name, field.GraphType).Description(field.Description);
        }

        Field<ListGraphType<NonNullGraphType<HasRelationshipFilterGraphType>>>("hasRelationship")
            .Description("Each listed relationship must exist.");
    }
}
