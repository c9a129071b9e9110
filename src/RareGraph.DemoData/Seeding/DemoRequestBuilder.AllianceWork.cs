using RareGraph.Domain.Model;

namespace RareGraph.DemoData.Seeding;

/// <summary>The alliance's own work: the programme, its camps and attendance, campaigns and the action plan (<c>Seed/programme.json</c>).</summary>
internal sealed partial class DemoRequestBuilder
{
    private const string AllianceWorkPrefix = "demo.programme";

    private void AddAllianceWork(AllianceWorkSeed seed)
    {
        AddProgramme(seed.Programme);
        for (var i = 0; i < seed.Camps.Count; i++)
        {
            AddCamp(seed.Camps[i], seed.Programme.Key, $"{AllianceWorkPrefix}.camps.{i}");
        }

        for (var i = 0; i < seed.Campaigns.Count; i++)
        {
            AddCampaign(seed.Campaigns[i], seed.Programme.Key, $"{AllianceWorkPrefix}.campaigns.{i}");
        }

        for (var i = 0; i < seed.ActionItems.Count; i++)
        {
            AddActionItem(seed.ActionItems[i], $"{AllianceWorkPrefix}.actionItems.{i}");
        }

        AddIllustrativeRelationships(seed.Relationships, $"{AllianceWorkPrefix}.relationships");
    }

    /// <summary>The programme and its organisers are documented; its participants are fictional.</summary>
    private void AddProgramme(ProgrammeSeed seed)
    {
        var field = $"{AllianceWorkPrefix}.programme";
        var programme = new Programme(seed.Key, seed.Title)
        {
            Summary = seed.Summary,
            StartsOn = seed.StartsOn,
            EndsOn = seed.EndsOn,
            Source = seed.Source,
        };
        AddEntity(programme, field);
        for (var i = 0; i < seed.Organisers.Count; i++)
        {
            AddRelationship(Documented(seed.Organisers[i], RelationshipType.Organises, seed.Key, seed.Source), $"{AllianceWorkPrefix}.organisers.{i}");
        }

        AddParticipants(seed.Participants, seed.Key, ParticipationRole.Participant, $"{AllianceWorkPrefix}.participants");
    }

    private void AddCamp(CampSeed seed, string programmeKey, string field)
    {
        var camp = new Camp(seed.Key, seed.Title)
        {
            City = seed.City,
            StartsOn = seed.StartsOn,
            EndsOn = seed.EndsOn,
            Topic = seed.Topic,
            Source = DemoDataSet.IllustrativeSource,
            Confidence = DemoDataSet.MaxIllustrativeConfidence,
        };
        AddEntity(camp, field);
        AddRelationship(Illustrative(seed.Key, RelationshipType.PartOf, programmeKey), $"{field}.programme");
        if (seed.HeldIn is not null)
        {
            AddRelationship(Illustrative(seed.Key, RelationshipType.HeldIn, seed.HeldIn), $"{field}.heldIn");
        }

        AddParticipants(seed.Hosts, seed.Key, ParticipationRole.Host, $"{field}.hosts");
        AddParticipants(seed.Trainers, seed.Key, ParticipationRole.Trainer, $"{field}.trainers");
        AddParticipants(seed.Participants, seed.Key, ParticipationRole.Participant, $"{field}.participants");
    }

    private void AddCampaign(CampaignSeed seed, string programmeKey, string field)
    {
        var campaign = new Campaign(seed.Key, seed.Title)
        {
            Goal = seed.Goal,
            Status = SeedEnums.Parse<CampaignStatus>(seed.Status, field),
            StartsOn = seed.StartsOn,
            EndsOn = seed.EndsOn,
            Source = DemoDataSet.IllustrativeSource,
            Confidence = DemoDataSet.MaxIllustrativeConfidence,
        };
        AddEntity(campaign, field);
        AddRelationship(Illustrative(seed.Key, RelationshipType.PartOf, programmeKey), $"{field}.programme");
        AddLinks(seed.RunBy, organisation => Illustrative(organisation, RelationshipType.Runs, seed.Key), $"{field}.runBy");
        AddLinks(seed.AdvocatesTo, body => Illustrative(seed.Key, RelationshipType.AdvocatesTo, body), $"{field}.advocatesTo");
        AddLinks(seed.RespondsTo, threat => Illustrative(seed.Key, RelationshipType.RespondsTo, threat), $"{field}.respondsTo");
    }

    private void AddActionItem(ActionItemSeed seed, string field)
    {
        var item = new ActionItem(seed.Key, seed.Title)
        {
            DueOn = seed.DueOn,
            Status = SeedEnums.Parse<ActionItemStatus>(seed.Status, field),
            Source = DemoDataSet.IllustrativeSource,
            Confidence = DemoDataSet.MaxIllustrativeConfidence,
        };
        AddEntity(item, field);
        AddRelationship(Illustrative(seed.Key, RelationshipType.PartOf, seed.PartOf), $"{field}.partOf");
        AddLinks(seed.Owners, owner => Illustrative(owner, RelationshipType.Owns, seed.Key), $"{field}.owners");
    }

    private void AddParticipants(IReadOnlyList<string> participants, string gatheringKey, ParticipationRole role, string field) =>
        AddLinks(participants, participant => Illustrative(participant, RelationshipType.ParticipatesIn, gatheringKey) with { Role = role }, field);

    private void AddLinks(IReadOnlyList<string> keys, Func<string, Relationship> link, string field)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            AddRelationship(link(keys[i]), $"{field}.{i}");
        }
    }

    private static Relationship Illustrative(string from, RelationshipType type, string to) =>
        new(from, type, to) { Source = DemoDataSet.IllustrativeSource, Confidence = DemoDataSet.MaxIllustrativeConfidence };
}
