using GraphQL;
using GraphQL.Types;
using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Validation;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Types.AllianceWork;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Schema;

/// <summary><c>networkGrowth</c>: the ties a programme's network formed, camp period by camp period. Counts only: analysts and up.</summary>
internal static class NetworkGrowthField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<NetworkGrowthGraphType>>("networkGrowth")
            .Description(
                "How a programme's network (its organisers, everyone who took part in it or its camps, and the organisations those defenders are "
                + "AFFILIATED_WITH) grew over its camps: ties that began (validFrom) in each camp period. Counts only.")
            .Argument<NonNullGraphType<StringGraphType>>("programmeKey")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types", "The relationships that count as ties (default: AFFILIATED_WITH, MEMBER_OF, PARTNERS_WITH, FUNDED_BY).")
            .MinConfidenceArgument()
            .ResolveAsync(async ctx =>
            {
                var minConfidence = new AsOf(DateOnly.MinValue, ctx.MinConfidence());
                var types = Types(ctx.GetArgument<List<RelationshipType>?>("types"));
                var programme = await AllianceWorkArguments.RequireAsync<Programme>(ctx, "programmeKey", "a programme");
                var loaders = ctx.Loaders();
                var cancellationToken = ctx.CancellationToken;

                var ofProgramme = await loaders.RelationshipsOf.LoadNowAsync(programme.Key, cancellationToken) ?? [];
                var parts = await loaders.LoadEntitiesAsync(Into(ofProgramme, programme.Key, RelationshipType.PartOf, minConfidence), cancellationToken);
                var camps = parts.Values.OfType<Camp>().ToList();
                var ofCamps = await loaders.LoadRelationshipsOfAsync(camps.Select(c => c.Key), cancellationToken);
                var participantCounts = camps.ToDictionary(
                    c => c.Key, c => Into(ofCamps[c.Key], c.Key, RelationshipType.ParticipatesIn, minConfidence).Count(), StringComparer.Ordinal);
                var participants = Into(ofProgramme, programme.Key, RelationshipType.ParticipatesIn, minConfidence)
                    .Concat(camps.SelectMany(c => Into(ofCamps[c.Key], c.Key, RelationshipType.ParticipatesIn, minConfidence)))
                    .ToHashSet(StringComparer.Ordinal);
                var ofParticipants = await loaders.LoadRelationshipsOfAsync(participants, cancellationToken);
                var members = Into(ofProgramme, programme.Key, RelationshipType.Organises, minConfidence).ToHashSet(StringComparer.Ordinal);
                members.UnionWith(participants);
                members.UnionWith(ofParticipants.Values.SelectMany(all => all)
                    .Where(r => r.Type == RelationshipType.AffiliatedWith && participants.Contains(r.FromKey) && minConfidence.SureEnough(r.Confidence))
                    .Select(r => r.ToKey));
                var ofMembers = await loaders.LoadRelationshipsOfAsync(members, cancellationToken);
                var ties = ofMembers.Values.SelectMany(all => all).Where(r => types.Contains(r.Type)).ToList();
                var ends = await loaders.LoadEntitiesAsync(ties.SelectMany(r => new[] { r.FromKey, r.ToKey }), cancellationToken);

                var report = NetworkGrowthAnalysis.Compute(
                    camps,
                    programme.EndsOn,
                    members,
                    ties,
                    key => ends.TryGetValue(key, out var entity) ? (true, entity.Confidence) : (false, null),
                    types,
                    minConfidence.MinConfidence);
                return new NetworkGrowthView(programme.Key, report, types, participantCounts);
            });

    /// <summary>The keys at the other end of <paramref name="relationships"/> of <paramref name="type"/> that point into <paramref name="key"/>.</summary>
    private static IEnumerable<string> Into(IEnumerable<Relationship> relationships, string key, RelationshipType type, AsOf sure) =>
        relationships.Where(r => r.Type == type && string.Equals(r.ToKey, key, StringComparison.Ordinal) && sure.SureEnough(r.Confidence))
            .Select(r => r.FromKey)
            .Distinct(StringComparer.Ordinal);

    private static List<RelationshipType> Types(List<RelationshipType>? asked)
    {
        if (asked is null or { Count: 0 })
        {
            return [.. NetworkGrowthAnalysis.AllianceTypes];
        }

        var work = asked.Where(t => RelationshipRules.For(t).IsAllianceWork).ToList();
        if (work.Count > 0)
        {
            throw RareGraphException.Validation(
                "types",
                $"types names relationships between defenders, organisations and jurisdictions; {RelationshipEndpointRules.GraphQLName(work[0])} records the alliance's own work.");
        }

        return [.. asked.Distinct().Order()];
    }
}
