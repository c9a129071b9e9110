using GraphQL;
using GraphQL.Types;
using RareGraph.Analysis.AllianceWork;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.AllianceWork;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Schema;

/// <summary><c>campEncounters</c>: who met whom at camps. Attendance is sensitive: editors and up only.</summary>
internal static class CampEncountersField
{
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<CampEncounterGraphType>>>("campEncounters")
            .Description(
                "Who met whom: the defenders and organisations that took part in the same camps as `key` (a defender or an organisation), "
                + "with the camps shared; most shared camps first, then key. Editors and up: attendance is sensitive.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Argument<CalendarDateGraphType>("at", "Camps that had begun by this date, attendances recorded as begun by then (default: today).")
            .MinConfidenceArgument()
            .PagingArguments()
            .ResolveAsync(async ctx =>
            {
                AttendanceGate.RequireSight(ctx);
                var page = PageRequest.From(ctx);
                var asOf = AllianceWorkArguments.AsOf(ctx);
                var subject = await AllianceWorkArguments.RequireAsync<Entity>(ctx, "key", "a defender or an organisation");
                if (subject is not (Defender or Organisation))
                {
                    throw RareGraphException.Validation("key", $"'{subject.Key}' is not a defender or an organisation: only they take part in camps.");
                }

                var loaders = ctx.Loaders();
                var own = (await loaders.RelationshipsOf.LoadNowAsync(subject.Key, ctx.CancellationToken) ?? [])
                    .Where(r => r.Type == RelationshipType.ParticipatesIn && string.Equals(r.FromKey, subject.Key, StringComparison.Ordinal))
                    .ToList();
                var gatherings = own.Select(r => r.ToKey).ToHashSet(StringComparer.Ordinal);
                var participations = (await loaders.LoadRelationshipsOfAsync(gatherings, ctx.CancellationToken)).Values
                    .SelectMany(all => all)
                    .Where(r => r.Type == RelationshipType.ParticipatesIn && gatherings.Contains(r.ToKey))
                    .DistinctBy(r => r.Identity)
                    .ToList();
                var entities = await loaders.LoadEntitiesAsync(participations.SelectMany(r => new[] { r.FromKey, r.ToKey }), ctx.CancellationToken);
                return InMemoryPaging.PageRanked(CampEncounterAnalysis.Find(subject.Key, participations, entities, asOf), page);
            });
}
