using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Translates the domain's filter tree, sort and keyset position into SQL over the <c>entities</c> table aliased
/// <c>e</c>. Every value travels as a parameter; only column names chosen from a fixed table enter the text.
/// </summary>
internal sealed class SqlFilterBuilder(SqliteCommand command, EntityLabel label)
{
    private int _next;

    public static string Column(EntityField field) => field switch
    {
        EntityField.Key => "e.key",
        EntityField.Name => "e.name",
        EntityField.Kind => "e.kind",
        EntityField.Code => "e.code",
        EntityField.Category => "e.category",
        EntityField.OccurredOn => "e.occurred_on",
        EntityField.Severity => "e.severity",
        EntityField.RiskLevel => "e.risk_level",
        EntityField.Polarity => "e.polarity",
        EntityField.Source => "e.source",
        EntityField.Confidence => "e.confidence",
        _ => throw new ArgumentException($"{field} has no column.", nameof(field)),
    };

    /// <summary>
    /// What a field orders by: a name by its folded form (the stored <c>name_fold</c>, which is what
    /// <see cref="SortValues"/> gives a position too), everything else as stored.
    /// </summary>
    public static string OrderColumn(EntityField field) =>
        field == EntityField.Name ? "e.name_fold" : Column(field);

    public string Where(EntityFilter? filter)
    {
        var sql = $"e.label = {Parameter(label.ToString())}";
        return filter is null ? sql : $"{sql} AND ({Condition(filter)})";
    }

    /// <summary>Rows strictly after (or, reading backwards, before) the position in the order of <paramref name="sort"/>.</summary>
    public string After(IReadOnlyList<SortSpec> sort, KeysetPosition position, bool backward)
    {
        if (position.SortValues.Count != sort.Count)
        {
            throw new ArgumentException("A keyset position must carry one value per sort field.", nameof(position));
        }

        var columns = sort.Select(s => (Column: OrderColumn(s.Field), s.Descending)).Append((Column: "e.key", Descending: false)).ToList();
        var values = position.SortValues.Select((value, i) => Stored(sort[i].Field, value)).Append(position.Key).ToList();
        var terms = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var term = new StringBuilder();
            for (var j = 0; j < i; j++)
            {
                term.Append($"{columns[j].Column} = {Parameter(values[j])} AND ");
            }

            var greater = columns[i].Descending == backward;
            term.Append($"{columns[i].Column} {(greater ? ">" : "<")} {Parameter(values[i])}");
            terms.Add($"({term})");
        }

        return "(" + string.Join(" OR ", terms) + ")";
    }

    public string OrderBy(IReadOnlyList<SortSpec> sort, bool backward)
    {
        foreach (var spec in sort)
        {
            FieldApplicability.Require(spec.Field, label);
        }

        return string.Join(", ", sort.Select(s => (OrderColumn(s.Field), s.Descending)).Append(("e.key", false))
            .Select(c => $"{c.Item1} {(c.Item2 != backward ? "DESC" : "ASC")}"));
    }

    private string Condition(EntityFilter filter) => filter switch
    {
        AllOfFilter all => all.Operands.Count == 0 ? "1" : string.Join(" AND ", all.Operands.Select(o => $"({Condition(o)})")),
        AnyOfFilter any => any.Operands.Count == 0 ? "0" : string.Join(" OR ", any.Operands.Select(o => $"({Condition(o)})")),
        NotFilter not => $"NOT ({Condition(not.Operand)})",
        FieldFilter field => FieldCondition(field),
        HasRelationshipFilter has => RelationshipCondition(has),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    private string FieldCondition(FieldFilter filter)
    {
        FieldApplicability.Require(filter.Field, label);
        if (filter.Values.Count == 0)
        {
            // An empty IN matches nothing; the other operators need a value.
            return filter.Operator == FilterOperator.In ? "0" : throw new ArgumentException($"{filter.Operator} needs a value.", nameof(filter));
        }

        if (filter.Field == EntityField.Tag)
        {
            // A tag filter keeps the entity when any one of its tags satisfies the condition.
            return $"EXISTS (SELECT 1 FROM json_each(e.tags) t WHERE {Comparison(filter, "t.value", "lower_invariant(t.value)", Lower)})";
        }

        // Names are searched folded (case and accents ignored) in their own indexed column; other text lower-cased.
        var column = Column(filter.Field);
        return filter.Field == EntityField.Name
            ? Comparison(filter, column, "e.name_fold", value => TextFolding.Fold((string)value))
            : Comparison(filter, column, $"lower_invariant({column})", Lower);
    }

    private string Comparison(FieldFilter filter, string column, string normalised, Func<object, string> normalise) => filter.Operator switch
    {
        FilterOperator.Equals => $"{column} = {Parameter(Stored(filter.Field, filter.Values[0]))}",
        FilterOperator.In => $"{column} IN (SELECT value FROM json_each({List(filter.Values.Select(v => Stored(filter.Field, v)))}))",
        FilterOperator.Contains => $"instr({normalised}, {Parameter(normalise(filter.Values[0]))}) > 0",
        FilterOperator.StartsWith => StartsWith(normalised, normalise(filter.Values[0])),
        FilterOperator.GreaterThanOrEqual => $"{column} >= {Parameter(Stored(filter.Field, filter.Values[0]))}",
        FilterOperator.LessThanOrEqual => $"{column} <= {Parameter(Stored(filter.Field, filter.Values[0]))}",
        _ => throw new ArgumentException($"Unknown operator {filter.Operator}.", nameof(filter)),
    };

    /// <summary>
    /// A prefix test by substr rather than LIKE, so that % and _ in the prefix are plain characters; the range term
    /// before it lets an index on the column start at the prefix.
    /// </summary>
    private string StartsWith(string normalised, string prefix)
    {
        var parameter = Parameter(prefix);
        return $"{normalised} >= {parameter} AND substr({normalised}, 1, length({parameter})) = {parameter}";
    }

    private string RelationshipCondition(HasRelationshipFilter filter)
    {
        var type = Parameter(RelationshipTypeNames.Of(filter.Type));
        var other = filter.OtherKey is null ? null : Parameter(filter.OtherKey);
        string Exists(string mine, string theirs) =>
            $"EXISTS (SELECT 1 FROM relationships r WHERE r.{mine} = e.key AND r.type = {type}" +
            (other is null ? ")" : $" AND r.{theirs} = {other})");
        return filter.Direction switch
        {
            RelationshipDirection.Outgoing => Exists("from_key", "to_key"),
            RelationshipDirection.Incoming => Exists("to_key", "from_key"),
            _ => $"({Exists("from_key", "to_key")} OR {Exists("to_key", "from_key")})",
        };
    }

    /// <summary>Severities are compared by rank, as <see cref="SortValues"/> orders them; other values as given.</summary>
    private static object Stored(EntityField field, object value) =>
        (field is EntityField.Severity or EntityField.RiskLevel) && value is string name ? (int)Enum.Parse<Severity>(name) : Stored(value);

    private static object Stored(object value) => value is DateOnly date ? EntityRows.ToText(date) : value;

    private static string Lower(object value) => ((string)value).ToLowerInvariant();

    private string List(IEnumerable<object> values) => Parameter(JsonSerializer.Serialize(values.Select(Stored).ToArray()));

    private string Parameter(object value)
    {
        var name = $"$p{_next++}";
        command.Parameters.AddWithValue(name, value);
        return name;
    }
}
