using Microsoft.Data.Sqlite;
using RareGraph.Domain.Model;

namespace RareGraph.Storage.Sqlite;

/// <summary>Reads and binds relationship rows (columns in table order: from_key, type, to_key, strength, valid_from, valid_to, source, confidence, role).</summary>
internal static class RelationshipRows
{
    /// <summary>
    /// The one upsert of a relationship row, shared by the batched write and the bulk import, with its columns named so
    /// a column added by a migration cannot silently shift the values (the bulk import once kept a copy without role).
    /// </summary>
    public const string Upsert =
        "INSERT OR REPLACE INTO relationships (from_key, type, to_key, strength, valid_from, valid_to, source, confidence, role) " +
        "VALUES ($from, $type, $to, $strength, $valid_from, $valid_to, $source, $confidence, $role)";

    public static Relationship Read(SqliteDataReader reader) =>
        new(reader.GetString(0), ParseType(reader.GetString(1)), reader.GetString(2))
        {
            Strength = reader.GetDouble(3),
            ValidFrom = reader.IsDBNull(4) ? null : EntityRows.FromText(reader.GetString(4)),
            ValidTo = reader.IsDBNull(5) ? null : EntityRows.FromText(reader.GetString(5)),
            Source = reader.IsDBNull(6) ? null : reader.GetString(6),
            Confidence = reader.IsDBNull(7) ? null : reader.GetDouble(7),
            Role = reader.FieldCount > 8 && !reader.IsDBNull(8) ? Enum.Parse<ParticipationRole>(reader.GetString(8)) : null,
        };

    /// <summary>The type a stored name stands for: its schema name (<c>PARTNERS_WITH</c>) since schema version 7.</summary>
    public static RelationshipType ParseType(string stored) =>
        RelationshipTypeNames.TryParse(stored, out var type)
            ? type
            : throw new FormatException("A stored relationship has a type outside the spill-over model.");

    /// <summary>Binds by position, in the order <see cref="DeclareParameters"/> declares them.</summary>
    public static void Bind(SqliteCommand command, Relationship relationship)
    {
        var parameters = command.Parameters;
        parameters[0].Value = relationship.FromKey;
        parameters[1].Value = RelationshipTypeNames.Of(relationship.Type);
        parameters[2].Value = relationship.ToKey;
        parameters[3].Value = relationship.Strength;
        parameters[4].Value = relationship.ValidFrom is { } from ? EntityRows.ToText(from) : DBNull.Value;
        parameters[5].Value = relationship.ValidTo is { } to ? EntityRows.ToText(to) : DBNull.Value;
        parameters[6].Value = (object?)relationship.Source ?? DBNull.Value;
        parameters[7].Value = (object?)relationship.Confidence ?? DBNull.Value;
        parameters[8].Value = relationship.Role is { } role ? role.ToString() : DBNull.Value;
    }

    public static void DeclareParameters(SqliteCommand command)
    {
        foreach (var name in new[] { "$from", "$type", "$to", "$strength", "$valid_from", "$valid_to", "$source", "$confidence", "$role" })
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
    }
}
