namespace RareGraph.Storage.Neo4j.Cypher;

/// <summary>The schema created at start: idempotent (<c>IF NOT EXISTS</c>), one statement each as Neo4j requires.</summary>
/// <remarks>
/// The uniqueness constraint on <c>:Entity(key)</c> is what makes <c>MERGE</c> on a key race-safe and gives key lookups
/// and key-ordered scans an index (Neo4j Cypher manual, "Constraints" and "MERGE"). Range indexes cover the
/// properties listings filter and sort on. The uniqueness constraint on <c>:AuditEntry(version)</c> is what makes a
/// second entry for one version fail the write that tries it; those on <c>:IssuedApiKey</c> make issuing race-safe
/// and finding a key by its hash an index lookup. Only Community-edition schema is used.
/// </remarks>
internal static class SchemaStatements
{
    public const string GraphMetaId = "graph";

    public static IReadOnlyList<string> All { get; } =
    [
        "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE",
        "CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) ON (n.name)",
        "CREATE INDEX jurisdiction_name_fold IF NOT EXISTS FOR (n:Jurisdiction) ON (n.nameFold)",
        "CREATE INDEX organisation_name_fold IF NOT EXISTS FOR (n:Organisation) ON (n.nameFold)",
        "CREATE INDEX defender_name_fold IF NOT EXISTS FOR (n:Defender) ON (n.nameFold)",
        "CREATE INDEX threat_name_fold IF NOT EXISTS FOR (n:Threat) ON (n.nameFold)",
        "CREATE INDEX jurisdiction_code IF NOT EXISTS FOR (n:Jurisdiction) ON (n.code)",
        "CREATE INDEX jurisdiction_kind IF NOT EXISTS FOR (n:Jurisdiction) ON (n.kind)",
        "CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name)",
        "CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind)",
        "CREATE INDEX defender_name IF NOT EXISTS FOR (n:Defender) ON (n.name)",
        "CREATE INDEX defender_risk IF NOT EXISTS FOR (n:Defender) ON (n.riskRank)",
        "CREATE INDEX threat_name IF NOT EXISTS FOR (n:Threat) ON (n.name)",
        "CREATE INDEX threat_category IF NOT EXISTS FOR (n:Threat) ON (n.category)",
        "CREATE INDEX threat_occurred_on IF NOT EXISTS FOR (n:Threat) ON (n.occurredOn)",
        "CREATE INDEX threat_severity IF NOT EXISTS FOR (n:Threat) ON (n.severityRank)",
        "CREATE CONSTRAINT audit_entry_version IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.version IS UNIQUE",
        "CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (a:AuditEntry) ON (a.actor)",
        "CREATE INDEX audit_entry_operation IF NOT EXISTS FOR (a:AuditEntry) ON (a.operation)",
        "CREATE CONSTRAINT issued_key_id IF NOT EXISTS FOR (k:IssuedApiKey) REQUIRE k.id IS UNIQUE",
        "CREATE CONSTRAINT issued_key_hash IF NOT EXISTS FOR (k:IssuedApiKey) REQUIRE k.hash IS UNIQUE",
    ];

    /// <summary>Creates the version node once; later starts leave it alone.</summary>
    public const string EnsureGraphMeta =
        "MERGE (meta:GraphMeta {id: 'graph'}) ON CREATE SET meta.version = 0 RETURN meta.version AS version";

    /// <summary>
    /// Nodes written before names were folded lack <c>nameFold</c>; Cypher cannot compute the folding, so the adapter
    /// reads a batch of them, folds their names and writes the property back, until none is left. Deriving a property
    /// changes no fact, so the graph version stays as it is.
    /// </summary>
    public const string UnfoldedNames =
        "MATCH (n:Entity) WHERE n.nameFold IS NULL RETURN n.key AS key, n.name AS name LIMIT $limit";

    /// <inheritdoc cref="UnfoldedNames"/>
    public const string SetNameFolds =
        "UNWIND $rows AS row MATCH (n:Entity {key: row.key}) WHERE n.nameFold IS NULL SET n.nameFold = row.fold";

    /// <summary>Proves the credentials work (and the database exists) at start rather than on the first real query.</summary>
    public const string Ping = "RETURN 1 AS ok";
}
