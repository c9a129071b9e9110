using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.AllianceWork;

public sealed class CampEncounterAnalysisTests
{
    private static readonly Dictionary<string, Entity> Entities = new Entity[]
    {
        new Defender("me", "Me"), new Defender("ann", "Ann"), new Defender("bob", "Bob"), new Organisation("host", "Host", OrganisationKind.Ngo),
        new Camp("camp:1", "One") { StartsOn = new(2024, 3, 1) }, new Camp("camp:2", "Two") { StartsOn = new(2024, 9, 1) },
        new Camp("camp:3", "Three") { StartsOn = new(2025, 3, 1) }, new Programme("prog", "Programme"),
    }.ToDictionary(e => e.Key);

    private static readonly Relationship[] Participations =
    [
        Attend("me", "camp:1"), Attend("me", "camp:2"), Attend("me", "camp:3"), Attend("me", "prog"),
        Attend("ann", "camp:1"), Attend("ann", "camp:2"), Attend("ann", "prog"),
        Attend("bob", "camp:3"), Attend("host", "camp:2", ParticipationRole.Host),
    ];

    [Fact]
    public void Encounters_Should_List_Others_By_Shared_Camps_Then_Key_With_The_Camps_In_Date_Order()
    {
        var encounters = CampEncounterAnalysis.Find("me", Participations, Entities, new AsOf(new DateOnly(2026, 1, 1)));

        Assert.Equal(["ann", "bob", "host"], encounters.Select(e => e.ParticipantKey));
        Assert.Equal(["camp:1", "camp:2"], encounters[0].Camps.Select(c => c.Key));
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 1)), (encounters[0].FirstMetOn!.Value, encounters[0].LastMetOn!.Value));
    }

    [Fact]
    public void Encounters_Should_Count_Camps_Only_And_Only_Those_Begun_By_The_Date()
    {
        var encounters = CampEncounterAnalysis.Find("me", Participations, Entities, new AsOf(new DateOnly(2024, 12, 31)));

        Assert.Equal(["ann", "host"], encounters.Select(e => e.ParticipantKey));
    }

    [Fact]
    public void Encounters_Should_Leave_Out_Attendance_Less_Sure_Than_The_Minimum()
    {
        Relationship[] unsure = [.. Participations.Select(r => r.FromKey == "ann" ? r with { Confidence = 0.4 } : r)];

        var encounters = CampEncounterAnalysis.Find("me", unsure, Entities, new AsOf(new DateOnly(2026, 1, 1), 0.5));

        Assert.DoesNotContain(encounters, e => e.ParticipantKey == "ann");
    }

    private static Relationship Attend(string who, string where, ParticipationRole role = ParticipationRole.Participant) =>
        new(who, ParticipatesIn, where) { Role = role };
}
