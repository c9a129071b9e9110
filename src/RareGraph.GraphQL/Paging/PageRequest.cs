using GraphQL;
using RareGraph.Domain.Errors;

namespace RareGraph.GraphQL.Paging;

/// <summary>The Relay paging arguments of one connection field, checked, and the sealed cursors of that field.</summary>
internal sealed record PageRequest(int Size, bool Backward, string? Cursor, CursorBinding Cursors)
{
    /// <summary>The argument the cursor came in: <c>before</c> when paging backwards, else <c>after</c>.</summary>
    public string CursorArgument => Backward ? "before" : "after";

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = Argument<int?>(context, "first");
        var last = Argument<int?>(context, "last");
        var after = Argument<string?>(context, "after");
        var before = Argument<string?>(context, "before");
        if (first is not null && last is not null)
        {
            throw RareGraphException.Validation("first", "Give either first or last, not both.");
        }

        if (after is not null && before is not null)
        {
            throw RareGraphException.Validation("after", "Give either after or before, not both.");
        }

        if (last is null && before is not null)
        {
            throw RareGraphException.Validation("before", "before pages backwards: use it with last.");
        }

        if (first is null && after is not null && last is not null)
        {
            throw RareGraphException.Validation("after", "after pages forwards: use it with first.");
        }

        var size = first ?? last ?? PagingLimits.DefaultPageSize;
        var field = last is not null ? "last" : "first";
        if (size < 0 || size > PagingLimits.MaxPageSize)
        {
            throw RareGraphException.Validation(field, $"{field} must be between 0 and {PagingLimits.MaxPageSize}.");
        }

        var cursors = CursorBinding.Of(context);
        return last is not null ? new PageRequest(size, true, before, cursors) : new PageRequest(size, false, after, cursors);
    }

    /// <summary>
    /// A paging argument as the executor coerced it (an Int is an int, a String a string), read without
    /// <c>GetArgument</c>'s general conversion, which cost more than the rest of this method for every connection field.
    /// </summary>
    private static T? Argument<T>(IResolveFieldContext context, string name)
    {
        if (context.Arguments is null || !context.Arguments.TryGetValue(name, out var argument) || argument.Value is null)
        {
            return default;
        }

        return argument.Value is T value ? value : context.GetArgument<T>(name);
    }
}
