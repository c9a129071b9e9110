using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Analysis.Alliance;
using RareGraph.Analysis.Paths;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Types.Analysis;
using RareGraph.GraphQL.Types.Enums;
using RareGraph.GraphQL.Types.Paging;

namespace RareGraph.GraphQL.Schema;

/// <summary>The spill-over questions: impact, paths, exposure, diffusion and alliance analytics.</summary>
internal static class AnalysisFields
{
    public const string MinConfidenceDescription =
        "In [0, 1]: relationships and entities less sure than this do not exist for this answer (a missing confidence counts as 1; illustrative demo data is at most 0.5).";

    public static void Add(ObjectGraphType query)
    {
        AddImpact(query);
        AddPaths(query);
        AddExposure(query);
        AddDiffusion(query);
        AddAlliance(query);
        query.Field<NonNullGraphType<SpilloverModelGraphType>>("spilloverModel")
            .Description("The weights and flow directions the engine uses, and its defaults: what to cite with an answer.")
            .Resolve(_ => new object());
    }

    private static void AddImpact(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ImpactReportGraphType>>("impact")
            .Description("Which organisations a threat affects, how strongly and through which path.")
            .Argument<NonNullGraphType<StringGraphType>>("threatKey")
            .Argument<IntGraphType>("maxHops", "1..8 steps.", a => a.DefaultValue = 4)
            .Argument<FloatGraphType>("minScore", "In (0, 1].", a => a.DefaultValue = 0.05)
            .Argument<CalendarDateGraphType>("at", "Use the relationships valid on this date (default: the threat's date).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipWeightInputGraphType>>>("weights", "Override the model's weight of a type; 0 switches it off.")
            .Argument<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds", "Only organisations of these kinds (GOVERNMENT: which governments).")
            .Argument<FloatGraphType>("minConfidence", MinConfidenceDescription, a => a.DefaultValue = 0.0)
            .ResolveAsync(async ctx => await Gateway(ctx).ImpactAsync(
                new ImpactArguments(
                    ctx.GetArgument<string>("threatKey"),
                    ctx.GetArgument("maxHops", 4),
                    ctx.GetArgument("minScore", 0.05),
                    ctx.GetArgument<DateOnly?>("at"),
                    (ctx.GetArgument<List<Dictionary<string, object?>>?>("weights") ?? [])
                        .Select(w => ((RelationshipType)w["type"]!, Convert.ToDouble(w["weight"], System.Globalization.CultureInfo.InvariantCulture)))
                        .ToList(),
                    ctx.GetArgument<List<OrganisationKind>?>("kinds")?.ToHashSet(),
                    ctx.GetArgument("minConfidence", 0.0)),
                ctx.CancellationToken));

    private static void AddPaths(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpilloverPathGraphType>>>>("paths")
            .Description("The k best simple paths between two entities (or from an event, through its seeds), strongest first unless order says HOPS, each with its spill-over score.")
            .Argument<NonNullGraphType<StringGraphType>>("fromKey")
            .Argument<NonNullGraphType<StringGraphType>>("toKey")
            .Argument<IntGraphType>("k", "1..20.", a => a.DefaultValue = 3)
            .Argument<IntGraphType>("maxHops", "1..8 steps.", a => a.DefaultValue = 6)
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types", "Only these relationship types.")
            .Argument<CalendarDateGraphType>("at", "Use the relationships valid on this date (default: today).")
            .Argument<BooleanGraphType>("undirected", "Ignore the flow directions of the model.", a => a.DefaultValue = false)
            .Argument<PathOrderGraphType>("order", "SCORE: strongest first; HOPS: fewest steps first.", a => a.DefaultValue = PathRanking.Score)
            .Argument<FloatGraphType>("minConfidence", MinConfidenceDescription, a => a.DefaultValue = 0.0)
            .ResolveAsync(async ctx => await Gateway(ctx).PathsAsync(
                new PathArguments(
                    ctx.GetArgument<string>("fromKey"),
                    ctx.GetArgument<string>("toKey"),
                    ctx.GetArgument("k", 3),
                    ctx.GetArgument("maxHops", 6),
                    ctx.GetArgument<List<RelationshipType>?>("types")?.ToHashSet(),
                    ctx.GetArgument<DateOnly?>("at"),
                    ctx.GetArgument("undirected", false),
                    ctx.GetArgument("order", PathRanking.Score),
                    ctx.GetArgument("minConfidence", 0.0)),
                ctx.CancellationToken));

    private static void AddExposure(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionGraphType<ExposureGraphType>>>("exposure")
            .Description("The recorded events of a polarity (default RESTRICTIVE) whose impact on an organisation is at least minScore, strongest first (then fewest hops, then threat key); never the events it initiated.")
            .Argument<NonNullGraphType<StringGraphType>>("organisationKey")
            .Argument<FloatGraphType>("minScore", "In (0, 1].", a => a.DefaultValue = 0.05)
            .Argument<IntGraphType>("maxHops", "1..8 steps.", a => a.DefaultValue = 4)
            .Argument<CalendarDateGraphType>("at", "The exposure as it stood on this date: only events that had occurred by then, each on the graph as of then (default: each event at its own date).")
            .Argument<EventPolarityGraphType>("polarity", "RESTRICTIVE: harm reaching the organisation; PROTECTIVE: protection reaching it.", a => a.DefaultValue = EventPolarity.Restrictive)
            .Argument<FloatGraphType>("minConfidence", MinConfidenceDescription, a => a.DefaultValue = 0.0)
            .Argument<BooleanGraphType>("crossBorderOnly", "Only threats whose jurisdiction is not where the organisation is based.")
            .PagingArguments()
            .ResolveAsync(async ctx =>
            {
                var page = PageRequest.From(ctx);
                var exposures = await Gateway(ctx).ExposureAsync(
                    new ExposureArguments(
                        ctx.GetArgument<string>("organisationKey"),
                        ctx.GetArgument("minScore", 0.05),
                        ctx.GetArgument("maxHops", 4),
                        ctx.GetArgument<DateOnly?>("at"),
                        ctx.GetArgument("polarity", EventPolarity.Restrictive),
                        ctx.GetArgument("minConfidence", 0.0)),
                    ctx.CancellationToken);
                var shown = ctx.GetArgument("crossBorderOnly", false) ? exposures.Where(e => e.CrossBorder).ToList() : exposures;
                return (object)InMemoryPaging.PageRanked(shown, page);
            });

    private static void AddDiffusion(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DiffusionGraphType>>("diffusion")
            .Description("A threat's law lineage through MODELLED_ON, CITED, RESPONSE_TO and SAME_CAMPAIGN links.")
            .Argument<NonNullGraphType<StringGraphType>>("threatKey")
            .Argument<CalendarDateGraphType>("at", "The lineage as known on this date: no event, link or entity that began later (default: the whole record).")
            .Argument<FloatGraphType>("minConfidence", MinConfidenceDescription, a => a.DefaultValue = 0.0)
            .ResolveAsync(async ctx => await Gateway(ctx).DiffusionAsync(
                new DiffusionArguments(ctx.GetArgument<string>("threatKey"), ctx.GetArgument<DateOnly?>("at"), ctx.GetArgument("minConfidence", 0.0)),
                ctx.CancellationToken));

    private static void AddAlliance(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AllianceAnalyticsGraphType>>("alliance")
            .Description("Centrality, brokers, components and communities of the alliance as of a date (default: today).")
            .Argument<CalendarDateGraphType>("at")
            .Argument<FloatGraphType>("minConfidence", MinConfidenceDescription, a => a.DefaultValue = 0.0)
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("members", $"Only these entities (at most {MaxAllianceKeys} keys).")
            .Argument<ListGraphType<NonNullGraphType<OrganisationKindGraphType>>>("kinds", "Only organisations of these kinds (defenders are left out).")
            .Argument<BooleanGraphType>(
                "includeIsolated",
                "Also count entities without an alliance relationship (valid on the date) to another member; by default they are left out, so a government or a lone body is no 'member'.",
                a => a.DefaultValue = false)
            .ResolveAsync(async ctx => await Gateway(ctx).AllianceAsync(
                ctx.GetArgument<DateOnly?>("at"), ctx.GetArgument("minConfidence", 0.0), AllianceScopeOf(ctx), ctx.CancellationToken));

    private const int MaxAllianceKeys = 1000;

    private static AllianceScope AllianceScopeOf(IResolveFieldContext context)
    {
        var keys = context.GetArgument<List<string>?>("members");
        if (keys is { Count: > MaxAllianceKeys })
        {
            throw RareGraphException.LimitExceeded($"members may hold at most {MaxAllianceKeys} keys.", "members");
        }

        return new AllianceScope
        {
            Keys = keys?.ToHashSet(StringComparer.Ordinal),
            Kinds = context.GetArgument<List<OrganisationKind>?>("kinds")?.ToHashSet(),
            ConnectedOnly = !context.GetArgument("includeIsolated", false),
        };
    }

    private static IAnalysisGateway Gateway(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IAnalysisGateway>();
}
