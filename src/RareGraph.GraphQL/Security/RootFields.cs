using GraphQLParser.AST;

namespace RareGraph.GraphQL.Security;

/// <summary>The names of the root fields an operation selects, through inline fragments and fragment spreads.</summary>
internal static class RootFields
{
    public static HashSet<string> Of(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        names.Add(field.Name.StringValue);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread
                        when visited.Add(spread.FragmentName.Name.StringValue)
                             && fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var definition):
                        pending.Push(definition.SelectionSet);
                        break;
                }
            }
        }

        return names;
    }
}
