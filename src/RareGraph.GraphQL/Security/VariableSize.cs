using System.Collections;

namespace RareGraph.GraphQL.Security;

/// <summary>Counts the values in a request's variables, stopping as soon as the count passes a limit.</summary>
internal static class VariableSize
{
    public static bool Exceeds(IEnumerable<KeyValuePair<string, object?>>? variables, int limit)
    {
        if (variables is null)
        {
            return false;
        }

        var count = 0;
        var pending = new Stack<object?>();
        pending.Push(variables);
        while (pending.TryPop(out var value))
        {
            if (++count > limit)
            {
                return true;
            }

            switch (value)
            {
                case IEnumerable<KeyValuePair<string, object?>> map:
                    foreach (var (_, item) in map)
                    {
                        pending.Push(item);
                    }

                    break;
                case IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return false;
    }
}
