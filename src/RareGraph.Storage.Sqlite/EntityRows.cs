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

    /// <summary>The one upsert of an entity row, shared by the batched write and the bulk import.</summary>
    public static readonly string Upsert =
        $"INSERT OR REPLACE INTO entities ({Columns}) VALUES ({string.Join(", ", Columns.Split(", ").Select(c => "$" + c))})";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static void Bind(SqliteCommand command, Entity entity)
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

        // By position, in the order of Columns (DeclareParameters): a look-up by name per value and row adds up in a bulk import.
        var parameters = command.Parameters;

        parameters[0].Value = entity.Key;
        parameters[1].Value = entity.Label.ToString();
        parameters[2].Value = entity.Name;
        parameters[3].Value = TextFolding.Fold(entity.Name);
        parameters[4].Value = (object?)kind ?? DBNull.Value;
        parameters[5].Value = (object?)code ?? DBNull.Value;
        parameters[6].Value = (object?)category ?? DBNull.Value;
        parameters[7].Value = (object?)occurredOn ?? DBNull.Value;
        parameters[8].Value = (object?)severity ?? DBNull.Value;
        parameters[9].Value = (object?)riskLevel ?? DBNull.Value;
        parameters[10].Value = JsonSerializer.Serialize(tags);
        parameters[11].Value = JsonSerializer.Serialize(entity, entity.GetType(), Json);
        parameters[12].Value = (object?)entity.Source ?? DBNull.Value;
        parameters[13].Value = entity.Confidence ?? 1.0;
        parameters[14].Value = entity.ValidFrom is { } from ? ToText(from) : DBNull.Value;
        parameters[15].Value = entity.ValidTo is { } to ? ToText(to) : DBNull.Value;
        parameters[16].Value = (object?)polarity ?? DBNull.Value;
    }

    public static void DeclareParameters(SqliteCommand command)
    {
        foreach (var column in Columns.Split(", "))
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
