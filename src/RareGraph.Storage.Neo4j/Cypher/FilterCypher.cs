using System.Globalization;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Translates an <see cref="EntityFilter"/> tree into a Cypher predicate over the node variable <c>n</c>. Every value
/// becomes a parameter; only property names, relationship types and operators — all chosen from enums — are text.
/// </summary>
internal static class FilterCypher
{
    public static string Translate(EntityFilter filter, EntityLabel label, CypherParameters parameters) => filter switch
    {
        AllOfFilter all => all.Operands.Count == 0 ? "true" : Join(all.Operands, " AND ", label, parameters),
        AnyOfFilter any => any.Operands.Count == 0 ? "false" : Join(any.Operands, " OR ", label, parameters),
        NotFilter not => $"NOT ({Translate(not.Operand, label, parameters)})",
        FieldFilter field when !FieldApplicability.AppliesTo(field.Field, label) =>
            throw new ArgumentException($"{field.Field} is not a field of {label}.", nameof(filter)),
        FieldFilter field when field.Field == EntityField.Tag =>
            $"any(tag IN coalesce(n.tags, []) WHERE {Predicate("tag", field, parameters)})",
        FieldFilter field => Predicate(Subject(field), field, parameters),
        HasRelationshipFilter has => HasRelationship(has, parameters),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    private static string Join(IReadOnlyList<EntityFilter> operands, string separator, EntityLabel label, CypherParameters parameters) =>
        "(" + string.Join(separator, operands.Select(o => "(" + Translate(o, label, parameters) + ")")) + ")";

    private static string Predicate(string subject, FieldFilter filter, CypherParameters parameters)
    {
        var byRank = ComparesRanks(filter);
        object? Value(object? raw) => byRank ? Rank(raw) : Normalise(raw);
        object? First() => filter.Values.Count > 0
            ? Value(filter.Values[0])
            : throw RareGraphException.Validation("filter", $"The filter on {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(filter.Field.ToString())} needs a value.");

        return filter.Operator switch
        {
            FilterOperator.Equals => $"{subject} = {parameters.Add(First())}",
            FilterOperator.In => $"{subject} IN {parameters.Add(filter.Values.Select(Value).ToList())}",
            FilterOperator.Contains when filter.Field == EntityField.Name => $"n.nameFold CONTAINS {parameters.Add(Fold(First()))}",
            FilterOperator.StartsWith when filter.Field == EntityField.Name => $"n.nameFold STARTS WITH {parameters.Add(Fold(First()))}",
            FilterOperator.Contains => $"toLower({subject}) CONTAINS {parameters.Add(Lower(First()))}",
            FilterOperator.StartsWith => $"toLower({subject}) STARTS WITH {parameters.Add(Lower(First()))}",
            FilterOperator.GreaterThanOrEqual => $"{subject} >= {parameters.Add(First())}",
            FilterOperator.LessThanOrEqual => $"{subject} <= {parameters.Add(First())}",
            _ => throw new ArgumentException($"Unknown operator {filter.Operator}.", nameof(filter)),
        };
    }

    /// <summary>Severities compare by rank (LOW &lt; CRITICAL) but match by name.</summary>
    private static bool ComparesRanks(FieldFilter filter) =>
        IsRanked(filter.Field) && filter.Operator is FilterOperator.GreaterThanOrEqual or FilterOperator.LessThanOrEqual;

    private static string Subject(FieldFilter filter) =>
        ComparesRanks(filter) ? SortCypher.Property(filter.Field) : StoredProperty(filter.Field);

    /// <summary>The property holding a field's stored value (severities by name; <see cref="SortCypher"/> has their rank).</summary>
    /// <remarks>
    /// A missing confidence counts as 1 and a missing polarity (threats written before it existed) as restrictive,
    /// as the model reads them.
    /// </remarks>
    private static string StoredProperty(EntityField field) => field switch
    {
        EntityField.Severity => "n.severity",
        EntityField.RiskLevel => "n.riskLevel",
        EntityField.Polarity => "coalesce(n.polarity, 'Restrictive')",
        EntityField.Source => "n.source",
        EntityField.Confidence => "coalesce(n.confidence, 1.0)",

        // A name matches exactly by its stored text; sorting and searching use its folded form.
        EntityField.Name => "n.name",
        _ => SortCypher.Property(field),
    };

    private static bool IsRanked(EntityField field) => field is EntityField.Severity or EntityField.RiskLevel;

    private static string HasRelationship(HasRelationshipFilter filter, CypherParameters parameters)
    {
        var type = CypherNames.RelationshipTypeName(filter.Type);
        var pattern = filter.Direction switch
        {
            RelationshipDirection.Outgoing => $"(n)-[:{type}]->(other:Entity)",
            RelationshipDirection.Incoming => $"(n)<-[:{type}]-(other:Entity)",
            _ => $"(n)-[:{type}]-(other:Entity)",
        };
        return filter.OtherKey is null
            ? $"EXISTS {{ MATCH {pattern} }}"
            : $"EXISTS {{ MATCH {pattern} WHERE other.key = {parameters.Add(filter.OtherKey)} }}";
    }

    private static object? Normalise(object? value) => value switch
    {
        Enum e => e.ToString(),
        DateOnly or string or double or null => value,
        float single => (double)single,
        DateTime moment => DateOnly.FromDateTime(moment),
        IConvertible convertible => convertible.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Names are searched folded (case and accents ignored), in the <c>nameFold</c> property.</summary>
    private static string Fold(object? value) => TextFolding.Fold(value as string ?? value?.ToString() ?? "");

    private static string? Lower(object? value) => (value as string)?.ToLowerInvariant() ?? value?.ToString()?.ToLowerInvariant();

    private static long Rank(object? value) => value switch
    {
        Severity severity => (long)severity,
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        string text when Enum.TryParse<Severity>(text, ignoreCase: false, out var parsed) || EnumNames.TryParse(text, out parsed) => (long)parsed,
        _ => throw RareGraphException.Validation("filter", "A severity filter needs a severity value."),
    };
}
