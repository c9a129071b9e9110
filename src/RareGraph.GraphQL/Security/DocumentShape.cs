using GraphQLParser.AST;

namespace RareGraph.GraphQL.Security;

/// <summary>Counts what a parsed document asks for: aliases, field selections, operations and fragments.</summary>
internal sealed class DocumentShape
{
    public int Aliases { get; private set; }

    public int Selections { get; private set; }

    public int Operations { get; private set; }

    public int Fragments { get; private set; }

    public static DocumentShape Of(GraphQLDocument document)
    {
        var shape = new DocumentShape();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    shape.Operations++;
                    shape.Count(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    shape.Fragments++;
                    shape.Count(fragment.SelectionSet);
                    break;
            }
        }

        return shape;
    }

    // An explicit stack: the parser already bounds nesting, but recursion depth should not depend on that setting.
    private void Count(GraphQLSelectionSet? root)
    {
        var pending = new Stack<GraphQLSelectionSet>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                var children = selection switch
                {
                    GraphQLField field => CountField(field),
                    GraphQLInlineFragment inline => inline.SelectionSet,
                    _ => null,
                };
                if (children is not null)
                {
                    pending.Push(children);
                }
            }
        }
    }

    private GraphQLSelectionSet? CountField(GraphQLField field)
    {
        Selections++;
        if (field.Alias is not null)
        {
            Aliases++;
        }

        return field.SelectionSet;
    }
}
