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

    /// <summary>The columns <see cref="Upsert"/> writes, in the order <see cref="Write"/> gives their values.</summary>
    public static readonly IReadOnlyList<string> ColumnList =
        ["from_key", "type", "to_key", "strength", "valid_from", "valid_to", "source", "confidence", "role"];

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

    /// <summary>The row's column values, in the order of <see cref="ColumnList"/> (null for SQL NULL).</summary>
    public static void Write(Relationship relationship, Span<object?> values)
    {
        values[0] = relationship.FromKey;
        values[1] = RelationshipTypeNames.Of(relationship.Type);
        values[2] = relationship.ToKey;
        values[3] = relationship.Strength;
        values[4] = relationship.ValidFrom is { } from ? EntityRows.ToText(from) : null;
        values[5] = relationship.ValidTo is { } to ? EntityRows.ToText(to) : null;
        values[6] = relationship.Source;
        values[7] = relationship.Confidence;
        values[8] = relationship.Role is { } role ? role.ToString() : null;
    }

    /// <summary>Declares the upsert's parameters in the order of <see cref="ColumnList"/>, as <see cref="PositionalBinding"/> binds them.</summary>
    public static void DeclareParameters(SqliteCommand command)
    {
        foreach (var name in new[] { "$from", "$type", "$to", "$strength", "$valid_from", "$valid_to", "$source", "$confidence", "$role" })
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
    }
}
