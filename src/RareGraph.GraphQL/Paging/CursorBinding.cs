using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Paging;

/// <summary>
/// The cursors of one connection field as it was asked for: sealed by the server's <see cref="CursorSeal"/> and bound
/// to the connection's identity (its type and field, and the entity it belongs to or the analysis it pages) and to its
/// arguments other than paging (order, filter and the like, hashed). A cursor is accepted only by the connection that
/// issued it, asked the same way; anything else — tampered, foreign, from another order or filter, from another key —
/// is a VALIDATION error naming <c>after</c> or <c>before</c>.
/// </summary>
internal sealed class CursorBinding
{
    private static readonly HashSet<string> PagingArguments = new(StringComparer.Ordinal) { "first", "last", "after", "before" };

    private readonly CursorSeal _seal;
    private readonly Func<string> _identity;
    private byte[]? _binding;

    private CursorBinding(CursorSeal seal, Func<string> identity)
    {
        _seal = seal;
        _identity = identity;
    }

    /// <summary>
    /// The hash of the connection's identity, made on the first encode or decode: a connection whose cursors nobody
    /// reads (a dashboard selecting only <c>nodes</c>) pays for neither the text nor the hash.
    /// </summary>
    private byte[] Binding => _binding ??= SHA256.HashData(Encoding.UTF8.GetBytes(_identity()));

    /// <summary>The binding of the connection field being resolved by <paramref name="context"/>.</summary>
    public static CursorBinding Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seal = context.RequestServices?.GetService<CursorSeal>()
            ?? throw new InvalidOperationException("No CursorSeal is registered (AddRareGraphGraphQL registers one).");
        var connection = string.Concat(context.ParentType.Name, ".", context.FieldDefinition.Name);

        // What the identity needs is copied now: the resolver's context is reused once the resolver returns.
        var arguments = NonPaging(context.Arguments);
        if (context.Source is Entity entity)
        {
            // An entity's own connection continues wherever the entity is reached from (a listing, node(id:), entity(key:)).
            var key = entity.Key;
            return new CursorBinding(seal, () =>
            {
                var identity = new StringBuilder("v1|").Append(connection);
                AppendArguments(identity, arguments);
                return identity.Append("|of:").Append(key.Length).Append(':').Append(key).ToString();
            });
        }

        // An analysis' connection (impact's affected, alliance's members) belongs to the analysis as it was asked for.
        var text = new StringBuilder("v1|").Append(connection);
        AppendArguments(text, arguments);
        for (var parent = context.Parent; parent is not null; parent = parent.Parent)
        {
            text.Append("|in:").Append(parent.FieldDefinition.Name);
            AppendArguments(text, NonPaging(parent.Arguments));
        }

        var analysis = text.ToString();
        return new CursorBinding(seal, () => analysis);
    }

    public string Encode(IReadOnlyList<object> values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(values.Select(ToJsonValue).ToArray());
        return _seal.Seal(json, Binding);
    }

    /// <summary>The position's values, exactly <paramref name="expectedLength"/> of them.</summary>
    /// <exception cref="RareGraphException">VALIDATION on <paramref name="argument"/>: not a cursor of this connection.</exception>
    public JsonElement[] Decode(string cursor, string argument, int expectedLength)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        try
        {
            var position = _seal.Open(cursor, Binding) ?? throw new FormatException();
            var values = JsonSerializer.Deserialize<JsonElement[]>(position);
            if (values is null || values.Length != expectedLength)
            {
                throw new FormatException();
            }

            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw NotOurs(argument);
        }
    }

    public static RareGraphException NotOurs(string argument) =>
        RareGraphException.Validation(argument, $"'{argument}' is not a cursor issued by this connection with these arguments (order and filter).");

    private static object ToJsonValue(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>The arguments other than paging, sorted by name.</summary>
    private static KeyValuePair<string, ArgumentValue>[] NonPaging(IDictionary<string, ArgumentValue>? arguments) =>
        arguments is null ? [] : [.. arguments.Where(a => !PagingArguments.Contains(a.Key)).OrderBy(a => a.Key, StringComparer.Ordinal)];

    private static void AppendArguments(StringBuilder text, KeyValuePair<string, ArgumentValue>[] arguments)
    {
        text.Append('(');
        foreach (var (name, argument) in arguments)
        {
            text.Append(name).Append(':');
            AppendValue(text, argument.Value);
            text.Append(',');
        }

        text.Append(')');
    }

    /// <summary>A canonical text of an argument value: input objects by sorted field name, so field order does not matter.</summary>
    private static void AppendValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case IFormattable formattable when value is not IEnumerable:
                text.Append(value.GetType().Name).Append(':').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (name, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(JsonSerializer.Serialize(name)).Append(':');
                    AppendValue(text, field);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    AppendValue(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(value.GetType().Name).Append(':').Append(JsonSerializer.Serialize(value.ToString()));
                break;
        }
    }
}
