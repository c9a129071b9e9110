using RareGraph.Domain.Model;

namespace RareGraph.Storage.Tests.Sqlite;

/// <summary>
/// The graph inside <c>Fixtures/released-schema-7.db</c>, written by the SQLite store as released at schema version 7
/// (names ordered through the <c>RAREGRAPH_NAME</c> collation's index, incoming relationships with two indexes): the
/// graph of <see cref="ReleasedFileGraph"/> and organisations whose names differ in case and accents only, so a listing
/// by name shows whether the order survives the move to the folded-name index.
/// </summary>
public static class ReleasedSchema7Graph
{
    public static IReadOnlyList<Entity> Entities { get; } =
    [
        .. ReleasedFileGraph.Entities,
        new Organisation("o-atl", "Átlátszó", OrganisationKind.Media),
        new Organisation("o-atl-2", "atlatszo", OrganisationKind.Media),
        new Organisation("o-oko", "Ökotárs", OrganisationKind.Funder),
        new Organisation("o-oko-2", "OKOTARS", OrganisationKind.Ngo),
        new Organisation("o-zold", "Zöld Ág", OrganisationKind.Ngo),
        new Organisation("o-strasse", "Straße Group", OrganisationKind.Other),
    ];

    public static IReadOnlyList<Relationship> Relationships => ReleasedFileGraph.Relationships;
}
