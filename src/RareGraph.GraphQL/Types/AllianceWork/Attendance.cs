using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Loading;
using RareGraph.GraphQL.Security;

namespace RareGraph.GraphQL.Types.AllianceWork;

/// <summary>
/// The <c>participants</c> (editors and up) and <c>participantCount</c> (analysts and up) fields of camps and programmes, and
/// the <c>participations</c> (editors and up) of defenders and organisations.
/// </summary>
internal static class Attendance
{
    public static void AddFields<T>(ObjectGraphType<T> type)
        where T : Entity
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationGraphType>>>>("participants")
            .Description("Who took part, ordered by participant key. Editors and up: FORBIDDEN below, since attendance is sensitive.")
            .Resolve(ctx =>
            {
                AttendanceGate.RequireSight(ctx);
                return ctx.Loaders().RelationshipsOf.Load(ctx.Source.Key).Then(all => Of(ctx.Source.Key, all)
                    .OrderBy(r => r.FromKey, StringComparer.Ordinal).Select(r => new Participation(r)).ToList());
            });
        type.Field<NonNullGraphType<IntGraphType>>("participantCount")
            .Description("How many took part (defenders and organisations, any role). Analysts and up: FORBIDDEN below.")
            .Resolve(ctx =>
            {
                AttendanceGate.RequireCount(ctx);
                return ctx.Loaders().RelationshipsOf.Load(ctx.Source.Key).Then(all => Of(ctx.Source.Key, all).Count());
            });
    }

    /// <summary>The <c>participations</c> field of a defender or organisation: where it took part, in what role. Editors and up.</summary>
    public static void AddParticipationsField<T>(ObjectGraphType<T> type)
        where T : Entity =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationGraphType>>>>("participations")
            .Description("The camps and programmes it took part in (PARTICIPATES_IN), in what role, by gathering key. Editors and up: FORBIDDEN below, since attendance is sensitive.")
            .Resolve(ctx =>
            {
                AttendanceGate.RequireSight(ctx);
                return ctx.Loaders().RelationshipsOf.Load(ctx.Source.Key).Then(all => (all ?? [])
                    .Where(r => r.Type == RelationshipType.ParticipatesIn && string.Equals(r.FromKey, ctx.Source.Key, StringComparison.Ordinal))
                    .OrderBy(r => r.ToKey, StringComparer.Ordinal).Select(r => new Participation(r)).ToList());
            });

    private static IEnumerable<Relationship> Of(string key, IReadOnlyList<Relationship>? all) =>
        (all ?? []).Where(r => r.Type == RelationshipType.ParticipatesIn && string.Equals(r.ToKey, key, StringComparison.Ordinal));
}
