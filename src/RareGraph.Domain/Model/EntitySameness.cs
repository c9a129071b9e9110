using System.Text.Json;

namespace RareGraph.Domain.Model;

/// <summary>
/// Value comparison of whole entities, lists included (record equality compares lists by reference), so a repeated
/// import is recognised as changing nothing.
/// </summary>
public static class EntitySameness
{
    public static bool AreSame(Entity? a, Entity? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return a.GetType() == b.GetType()
            && string.Equals(JsonSerializer.Serialize(a, a.GetType()), JsonSerializer.Serialize(b, b.GetType()), StringComparison.Ordinal);
    }
}
