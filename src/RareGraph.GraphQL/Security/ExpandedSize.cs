using GraphQLParser.AST;

namespace RareGraph.GraphQL.Security;

/// <summary>
/// How many field selections an operation holds once every fragment spread is replaced by its fragment. Each fragment is
/// sized once (memoised), so a document whose fragments each spread the previous one twice is measured in linear time
/// although it expands to 2^n fields — exactly the document that would stall validation if it got that far.
/// </summary>
internal sealed class ExpandedSize
{
    private const long Saturated = long.MaxValue / 4;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    private ExpandedSize(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>The largest expanded size among the document's operations (saturating, never overflowing).</summary>
    public static long Of(GraphQLDocument document)
    {
        var sizer = new ExpandedSize(document);
        return document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => sizer.Size(o.SelectionSet)).DefaultIfEmpty(0).Max();
    }

    private long Size(GraphQLSelectionSet? set)
    {
        long total = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            var part = selection switch
            {
                GraphQLField field => 1 + Size(field.SelectionSet),
                GraphQLInlineFragment inline => Size(inline.SelectionSet),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
            total = Math.Min(Saturated, total + part);
        }

        return total;
    }

    private long FragmentSize(string name)
    {
        if (_sizes.TryGetValue(name, out var known))
        {
            return known;
        }

        // A cycle (validation reports it) or an unknown fragment adds nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return 0;
        }

        var size = Size(fragment.SelectionSet);
        _inProgress.Remove(name);
        _sizes[name] = size;
        return size;
    }
}
