using Microsoft.Data.Sqlite;

namespace RareGraph.Storage.Sqlite;

/// <summary>
/// Numbered schema steps, applied in order inside one transaction and recorded in <c>PRAGMA user_version</c>,
/// so opening an old database brings it up to date and opening a current one changes nothing. Steps are append-only.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE entities (
            key         TEXT PRIMARY KEY NOT NULL,
            label       TEXT NOT NULL,
            name        TEXT NOT NULL,
            name_lower  TEXT NOT NULL,
            kind        TEXT,
            code        TEXT,
            category    TEXT,
            occurred_on TEXT,
            severity    INTEGER,
            risk_level  INTEGER,
            tags        TEXT NOT NULL DEFAULT '[]',
            data        TEXT NOT NULL
        );
        CREATE INDEX entities_label_name ON entities (label, name, key);
        CREATE INDEX entities_label_kind ON entities (label, kind, key);
        CREATE INDEX entities_label_occurred ON entities (label, occurred_on, key);
        CREATE TABLE relationships (
            from_key   TEXT NOT NULL,
            type       TEXT NOT NULL,
            to_key     TEXT NOT NULL,
            strength   REAL NOT NULL,
            valid_from TEXT,
            valid_to   TEXT,
            source     TEXT,
            confidence REAL,
            PRIMARY KEY (from_key, type, to_key)
        ) WITHOUT ROWID;
        CREATE INDEX relationships_to ON relationships (to_key, type, from_key);
        CREATE TABLE graph_meta (
            id      INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        );
        INSERT INTO graph_meta (id, version) VALUES (1, 0);
        """,

        // The audit trail and the issued API keys join the graph, so a write and its audit entry share one transaction.
        // Until this step they were side tables created on first use, by default in this very file, with exactly these
        // definitions: IF NOT EXISTS keeps their rows (and their triggers) when they are already here.
        """
        CREATE TABLE IF NOT EXISTS audit_entries (
            version   INTEGER PRIMARY KEY NOT NULL,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            operation TEXT NOT NULL,
            changes   TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS audit_entries_actor ON audit_entries (actor, version);
        CREATE INDEX IF NOT EXISTS audit_entries_operation ON audit_entries (operation, version);
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TABLE IF NOT EXISTS api_keys (
            id         TEXT PRIMARY KEY NOT NULL,
            hash       TEXT NOT NULL UNIQUE,
            role       TEXT NOT NULL,
            issued_at  TEXT NOT NULL,
            issued_by  TEXT NOT NULL,
            revoked_at TEXT,
            revoked_by TEXT
        );
        """,

        // Per-entity pages of incoming relationships are ordered (fromKey, type): this index gives that order for one
        // to_key, so a page of a hub reads its first rows and stops instead of sorting every partner.
        """
        CREATE INDEX IF NOT EXISTS relationships_to_from ON relationships (to_key, from_key, type);
        """,

        // The second wave: every entity carries its provenance (source, confidence) and validity period, and every
        // threat its polarity. The record itself is the JSON in `data` (older rows simply lack the new members, which
        // read as their defaults); these columns serve listing filters and are filled from that JSON. A missing
        // confidence is stored as 1, as the model counts it, so `confidence >= x` keeps documented facts.
        """
        ALTER TABLE entities ADD COLUMN source TEXT;
        ALTER TABLE entities ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
        ALTER TABLE entities ADD COLUMN valid_from TEXT;
        ALTER TABLE entities ADD COLUMN valid_to TEXT;
        ALTER TABLE entities ADD COLUMN polarity TEXT;
        UPDATE entities SET
            source = json_extract(data, '$.Source'),
            confidence = coalesce(json_extract(data, '$.Confidence'), 1.0),
            valid_from = json_extract(data, '$.ValidFrom'),
            valid_to = json_extract(data, '$.ValidTo'),
            polarity = CASE WHEN label = 'Threat' THEN coalesce(json_extract(data, '$.Polarity'), 'Restrictive') END;
        CREATE INDEX entities_label_polarity ON entities (label, polarity, key);
        """,

        // Names order and match as people read them (TextFolding): listings order by the name under the RAREGRAPH_NAME
        // collation, which every connection of the store registers, from an index declared with it; contains and
        // startsWith search the folded name, kept in its own indexed column. The old lower-cased column goes.
        """
        ALTER TABLE entities ADD COLUMN name_fold TEXT NOT NULL DEFAULT '';
        UPDATE entities SET name_fold = raregraph_fold(name);
        ALTER TABLE entities DROP COLUMN name_lower;
        DROP INDEX IF EXISTS entities_label_name;
        CREATE INDEX entities_label_name ON entities (label, name COLLATE RAREGRAPH_NAME, key);
        CREATE INDEX entities_label_name_fold ON entities (label, name_fold, key);
        """,

        // The alliance's own work (issue 15): a PARTICIPATES_IN relationship records the participant's role. The new
        // labels (programmes, camps, campaigns, action items) need no column of their own: they live in `data`.
        """
        ALTER TABLE relationships ADD COLUMN role TEXT;
        """,

        // Relationship types are kept under their schema names (PARTNERS_WITH), as Neo4j keeps them, instead of the C#
        // names (PartnersWith) written until now: renaming an enum member can no longer orphan stored rows. The names
        // are spelt out, not derived from the enum, so this step means the same whatever the enum becomes. Ordering by
        // the new names equals ordering by the old ones wherever the model lets the order show (RelationshipTypeNames).
        """
        UPDATE relationships SET type = CASE type
            WHEN 'AffiliatedWith' THEN 'AFFILIATED_WITH'
            WHEN 'MemberOf' THEN 'MEMBER_OF'
            WHEN 'PartnersWith' THEN 'PARTNERS_WITH'
            WHEN 'FundedBy' THEN 'FUNDED_BY'
            WHEN 'Governs' THEN 'GOVERNS'
            WHEN 'BasedIn' THEN 'BASED_IN'
            WHEN 'OperatesIn' THEN 'OPERATES_IN'
            WHEN 'AdvocatesTo' THEN 'ADVOCATES_TO'
            WHEN 'Influences' THEN 'INFLUENCES'
            WHEN 'Targets' THEN 'TARGETS'
            WHEN 'OccurredIn' THEN 'OCCURRED_IN'
            WHEN 'ModelledOn' THEN 'MODELLED_ON'
            WHEN 'Cited' THEN 'CITED'
            WHEN 'ResponseTo' THEN 'RESPONSE_TO'
            WHEN 'SameCampaign' THEN 'SAME_CAMPAIGN'
            WHEN 'InitiatedBy' THEN 'INITIATED_BY'
            WHEN 'Organises' THEN 'ORGANISES'
            WHEN 'HeldIn' THEN 'HELD_IN'
            WHEN 'ParticipatesIn' THEN 'PARTICIPATES_IN'
            WHEN 'Runs' THEN 'RUNS'
            WHEN 'RespondsTo' THEN 'RESPONDS_TO'
            WHEN 'Owns' THEN 'OWNS'
            WHEN 'PartOf' THEN 'PART_OF'
            ELSE type END;
        """,

        // Listings order names by the folded name column (SqlFilterBuilder.OrderColumn), through its index with SQLite's
        // own BINARY collation, instead of by an index declared with the managed RAREGRAPH_NAME collation: both order
        // by the folded name, but building or updating the collated index called back into .NET for every comparison
        // (n log n calls when a bulk import rebuilds it). The two orders differ only where a folded name holds a
        // character above U+FFFF against one from U+E000 to U+FFFF (UTF-8 byte order against UTF-16 code unit order).
        """
        DROP INDEX IF EXISTS entities_label_name;
        """,

        // Incoming relationships are found through relationships_to_from (to_key, from_key, type), which pages of
        // incoming relationships need for their order anyway; relationships_to (to_key, type, from_key) served the same
        // look-ups and cost every relationship written a second random insert led by to_key. A look-up of one key's
        // incoming relationships of given types now reads all of that key's incoming rows and keeps the types asked for.
        """
        DROP INDEX IF EXISTS relationships_to;
        """,
    ];

    public static int Latest => Steps.Length;

    /// <summary>The schema version whose step added the entities' provenance, validity and polarity columns.</summary>
    public const int EntityProvenanceVersion = 4;

    /// <summary>The schema version whose step made names order and match folded (case and accents ignored).</summary>
    public const int FoldedNamesVersion = 5;

    /// <summary>The schema version whose step added the relationships' role column.</summary>
    public const int RelationshipRoleVersion = 6;

    /// <summary>The schema version whose step stored relationship types under their schema names.</summary>
    public const int SchemaTypeNamesVersion = 7;

    /// <summary>The schema version whose step left names ordered by the folded name's index alone.</summary>
    public const int FoldedNameOrderVersion = 8;

    /// <summary>The schema version whose step left incoming relationships one index.</summary>
    public const int SingleIncomingIndexVersion = 9;

    public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // IMMEDIATE takes the write lock before reading the version, so two processes starting together cannot both
        // run the same step.
        await using var transaction = connection.BeginTransaction(deferred: false);
        for (var step = await CurrentAsync(connection, transaction, cancellationToken); step < Steps.Length; step++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[step] + $"\nPRAGMA user_version = {step + 1};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task<int> CurrentAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
