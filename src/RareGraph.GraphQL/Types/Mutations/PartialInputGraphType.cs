using GraphQL.Types;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Types.Mutations;

/// <summary>
/// Binds an upsert input and records which fields the caller wrote: GraphQL coercion leaves an absent field out of the
/// dictionary and keeps an explicit null in it, which is what tells "leave it" from "clear it".
/// </summary>
/// <remarks>So that "absent" stays observable, optional fields of these inputs declare no schema default.</remarks>
internal abstract class PartialInputGraphType<T> : InputObjectGraphType<T>
    where T : PartialInput
{
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var input = (T)base.ParseDictionary(value);
        input.Given = new HashSet<string>(value.Keys, StringComparer.Ordinal);
        return input;
    }
}
