using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;
using RareGraph.Domain.Querying;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// How an entity is laid out in a row: the whole record as JSON for reading back, plus the columns that listings
/// filter and sort on, holding exactly the values <see cref="Domain.Querying.SortValues"/> defines.
/// </summary>
internal static class EntityRows
{
    public const string Columns =
        "key, label, name, name_fold, kind, code, category, occurred_on, severity, risk_level, tags, data, source, confidence, valid_from, valid_to, polarity";

    /// <summary>The columns one by one, in the order <see cref="Write"/> gives their values.</summary>
    public static readonly IReadOnlyList<string> ColumnList = Columns.Split(", ");

    /// <summary>The one upsert of an entity row for the batched write; the bulk import writes the same columns many rows at a time.</summary>
    public static readonly string Upsert =
        $"INSERT OR REPLACE INTO entities ({Columns}) VALUES ({string.Join(", ", ColumnList.Select(c => "$" + c))})";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The row's column values, in the order of <see cref="ColumnList"/> (null for SQL NULL).</summary>
    public static void Write(Entity entity, Span<object?> values)
    {
        string? kind = null, code = null, category = null, occurredOn = null, polarity = null;
        int? severity = null, riskLevel = null;
        IReadOnlyList<string> tags = [];
        switch (entity)
        {
            case Jurisdiction j:
                (kind, code, tags) = (j.Kind.ToString(), j.Code, j.Tags);
                break;
            case Organisation o:
                (kind, tags) = (o.Kind.ToString(), o.Tags);
                break;
            case Defender d:
                riskLevel = d.Restricted.RiskLevel is { } risk ? (int)risk : -1;
                break;
            case Threat t:
                (category, occurredOn, severity, polarity) = (t.Category.ToString(), ToText(t.OccurredOn), (int)t.Severity, t.Polarity.ToString());
                break;
            case Programme or Camp or Campaign or ActionItem:
                // Alliance work is listed by name and key only: the shared columns suffice.
                break;
            default:
                throw new ArgumentException($"Unknown entity type {entity.GetType().Name}.", nameof(entity));
        }

        // By position, in the order of Columns: a look-up by name per value and row adds up in a bulk import.
        values[0] = entity.Key;
        values[1] = entity.Label.ToString();
        values[2] = entity.Name;
        values[3] = TextFolding.Fold(entity.Name);
        values[4] = kind;
        values[5] = code;
        values[6] = category;
        values[7] = occurredOn;
        values[8] = severity;
        values[9] = riskLevel;
        values[10] = JsonSerializer.Serialize(tags);
        values[11] = JsonSerializer.Serialize(entity, entity.GetType(), Json);
        values[12] = entity.Source;
        values[13] = entity.Confidence ?? 1.0;
        values[14] = entity.ValidFrom is { } from ? ToText(from) : null;
        values[15] = entity.ValidTo is { } to ? ToText(to) : null;
        values[16] = polarity;
    }

    /// <summary>Declares the upsert's parameters in the order of <see cref="ColumnList"/>, as <see cref="PositionalBinding"/> binds them.</summary>
    public static void DeclareParameters(SqliteCommand command)
    {
        foreach (var column in ColumnList)
        {
            command.Parameters.Add(new SqliteParameter("$" + column, null));
        }
    }

    /// <summary>Reads an entity from the <c>label</c> and <c>data</c> columns at the given ordinals.</summary>
    public static Entity Read(SqliteDataReader reader, int labelOrdinal, int dataOrdinal)
    {
        var data = reader.GetString(dataOrdinal);
        Entity? entity = Enum.Parse<EntityLabel>(reader.GetString(labelOrdinal)) switch
        {
            EntityLabel.Jurisdiction => JsonSerializer.Deserialize<Jurisdiction>(data, Json),
            EntityLabel.Organisation => JsonSerializer.Deserialize<Organisation>(data, Json),
            EntityLabel.Defender => JsonSerializer.Deserialize<Defender>(data, Json),
            EntityLabel.Threat => JsonSerializer.Deserialize<Threat>(data, Json),
            EntityLabel.Programme => JsonSerializer.Deserialize<Programme>(data, Json),
            EntityLabel.Camp => JsonSerializer.Deserialize<Camp>(data, Json),
            EntityLabel.Campaign => JsonSerializer.Deserialize<Campaign>(data, Json),
            EntityLabel.ActionItem => JsonSerializer.Deserialize<ActionItem>(data, Json),
            _ => null,
        };
        return entity ?? throw new InvalidDataException("An entity row could not be read.");
    }

    public static string ToText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly FromText(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
