using System.Collections;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.GraphQL.Filtering;

/// <summary>Turns a parsed <c>RelationshipFilter</c> argument into the store's <see cref="RelationshipFilter"/>, bounded.</summary>
internal static class RelationshipFilterTranslator
{
    public static RelationshipFilter? Translate(IDictionary<string, object?>? where, string path = "where")
    {
        if (where is null)
        {
            return null;
        }

        var source = where.TryGetValue("source", out var s) ? s as IDictionary<string, object?> : null;
        var confidence = where.TryGetValue("minConfidence", out var c) && c is not null ? Convert.ToDouble(c, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
        if (confidence is { } value && !(value >= 0 && value <= 1))
        {
            throw RareGraphException.Validation($"{path}.minConfidence", "minConfidence must be between 0 and 1.");
        }

        return new RelationshipFilter
        {
            Types = List(where, "types", path)?.Cast<RelationshipType>().ToHashSet(),
            FromKeys = Keys(where, "fromKeys", path),
            ToKeys = Keys(where, "toKeys", path),
            Keys = Keys(where, "keys", path),
            At = where.TryGetValue("at", out var at) ? at as DateOnly? : null,
            MinConfidence = confidence,
            SourceEquals = source?.TryGetValue("eq", out var eq) == true ? eq as string : null,
            SourceContains = source?.TryGetValue("contains", out var part) == true ? part as string : null,
        };
    }

    private static HashSet<string>? Keys(IDictionary<string, object?> where, string name, string path) =>
        List(where, name, path)?.Cast<string>().ToHashSet(StringComparer.Ordinal);

    private static List<object>? List(IDictionary<string, object?> where, string name, string path)
    {
        if (!where.TryGetValue(name, out var value) || value is null)
        {
            return null;
        }

        var items = ((IEnumerable)value).Cast<object>().ToList();
        return items.Count <= FilterTranslator.MaxInValues
            ? items
            : throw RareGraphException.LimitExceeded($"'{name}' may hold at most {FilterTranslator.MaxInValues} values.", $"{path}.{name}");
    }
}
