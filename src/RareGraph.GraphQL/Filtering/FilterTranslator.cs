using System.Collections;
using System.Security.Claims;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument into the store's <see cref="EntityFilter"/> tree, refusing conditions on
/// restricted fields for callers who may not read them and bounding the tree's size.
/// </summary>
internal sealed class FilterTranslator
{
    public const int MaxConditions = 64;
    public const int MaxDepth = 8;
    public const int MaxInValues = 500;

    private readonly EntityLabel _label;
    private readonly ClaimsPrincipal _user;
    private readonly Dictionary<string, FilterField> _fields;
    private int _conditions;

    private FilterTranslator(EntityLabel label, ClaimsPrincipal user)
    {
        _label = label;
        _user = user;
        _fields = FilterFields.For(label).ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public static EntityFilter? Translate(EntityLabel label, IDictionary<string, object?>? where, ClaimsPrincipal user) =>
        where is null ? null : new FilterTranslator(label, user).Node(where, "where", 1);

    private EntityFilter? Node(IDictionary<string, object?> input, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw RareGraphException.LimitExceeded($"Filters may nest at most {MaxDepth} levels deep.", path);
        }

        var parts = new List<EntityFilter>();
        foreach (var (name, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            var fieldPath = $"{path}.{name}";
            switch (name)
            {
                case "and":
                    parts.Add(new AllOfFilter(Children(value, fieldPath, depth)));
                    break;
                case "or":
                    parts.Add(new AnyOfFilter(Children(value, fieldPath, depth)));
                    break;
                case "not":
                    parts.Add(new NotFilter(Node(AsMap(value), fieldPath, depth + 1) ?? new AllOfFilter([])));
                    break;
                case "hasRelationship":
                    parts.AddRange(((IEnumerable)value).Cast<IDictionary<string, object?>>().Select(r => HasRelationship(r, fieldPath)));
                    break;
                default:
                    parts.AddRange(Conditions(_fields[name], value, fieldPath));
                    break;
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOfFilter(parts),
        };
    }

    private List<EntityFilter> Children(object value, string path, int depth) =>
        ((IEnumerable)value).Cast<object>()
            .Select((child, i) => Node(AsMap(child), $"{path}.{i}", depth + 1) ?? new AllOfFilter([]))
            .ToList();

    private IEnumerable<EntityFilter> Conditions(FilterField field, object value, string path)
    {
        if (field.Restricted && !RareGraphRoles.CanSeeRestrictedDefenderData(_user))
        {
            throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not filter on restricted defender data.", path);
        }

        if (field.Kind == FilterFieldKind.RelationshipShortcut)
        {
            Count(path);
            yield return new HasRelationshipFilter(field.RelationshipType, field.Direction, (string)value);
            yield break;
        }

        foreach (var (op, operand) in AsMap(value))
        {
            if (operand is null)
            {
                continue;
            }

            Count(path);
            yield return op switch
            {
                "eq" => new FieldFilter(field.Field, FilterOperator.Equals, [Stored(operand)]),
                "in" => new FieldFilter(field.Field, FilterOperator.In, InValues(operand, $"{path}.in")),
                "contains" => new FieldFilter(field.Field, FilterOperator.Contains, [operand]),
                "startsWith" => new FieldFilter(field.Field, FilterOperator.StartsWith, [operand]),
                "gte" => new FieldFilter(field.Field, FilterOperator.GreaterThanOrEqual, [operand]),
                "lte" => new FieldFilter(field.Field, FilterOperator.LessThanOrEqual, [operand]),
                _ => throw RareGraphException.Validation($"{path}.{op}", $"Unknown condition '{op}'."),
            };
        }
    }

    private EntityFilter HasRelationship(IDictionary<string, object?> input, string path)
    {
        Count(path);
        var type = (RelationshipType)input["type"]!;
        if (type == RelationshipType.ParticipatesIn && !RareGraphRoles.CanSeeAttendance(_user))
        {
            // Which defenders have a PARTICIPATES_IN is who attended: a filter on it would list them.
            throw new RareGraphException(ErrorCodes.Forbidden, "Your role may not filter on camp or programme attendance.", $"{path}.type");
        }

        var direction = input.TryGetValue("direction", out var d) && d is RelationshipDirection given ? given : RelationshipDirection.Both;
        var key = input.TryGetValue("key", out var k) ? k as string : null;
        return new HasRelationshipFilter(type, direction, key);
    }

    private List<object> InValues(object operand, string path)
    {
        var values = ((IEnumerable)operand).Cast<object>().Select(Stored).ToList();
        if (values.Count > MaxInValues)
        {
            throw RareGraphException.LimitExceeded($"An 'in' list may hold at most {MaxInValues} values.", path);
        }

        return values;
    }

    /// <summary>Enum values travel to the store as their C# names, as <see cref="EntityFilter"/> documents.</summary>
    private static object Stored(object value) => value is Enum e ? e.ToString() : value;

    private void Count(string path)
    {
        if (++_conditions > MaxConditions)
        {
            throw RareGraphException.LimitExceeded($"A filter may hold at most {MaxConditions} conditions.", path);
        }
    }

    private static IDictionary<string, object?> AsMap(object value) =>
        value as IDictionary<string, object?> ?? throw new InvalidOperationException("Filter input was not parsed as an object.");

    public override string ToString() => $"{_label} filter";
}
