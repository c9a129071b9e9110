using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Filters;

/// <summary>The fields one label's listing can be ordered by; the key always breaks ties, ascending.</summary>
internal abstract class SortFieldGraphType : EnumerationGraphType
{
    protected SortFieldGraphType(EntityLabel label, string name)
    {
        Name = name;
        foreach (var (value, field) in SortFields.For(label))
        {
            Add(value, field);
        }
    }
}
