using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.GraphQL.Analysis;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Schema;
using RareGraph.GraphQL.Security;
using RareGraph.GraphQL.Types.Enums;

namespace RareGraph.GraphQL.Subscriptions;

/// <summary>The subscription root: live events of writes, on this replica and (with Redis) on every other.</summary>
internal sealed class SubscriptionType : ObjectGraphType
{
    /// <summary>An alert's own threshold, above exposure's listing default: an alert should be news worth a look.</summary>
    private const double AlertMinScore = 0.2;

    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live events. Served over WebSocket (graphql-transport-ws) at the GraphQL endpoint.";

        Field<NonNullGraphType<ThreatRecordedGraphType>>("threatRecorded")
            .Description("Each newly recorded threat; with jurisdictionKeys, only threats that OCCURRED_IN or TARGETS one of them.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("jurisdictionKeys")
            .Resolve(ctx => ctx.Source)
            .ResolveStream(ctx =>
            {
                var places = KeySet(ctx, "jurisdictionKeys");
                return new SubscriptionStream<ThreatRecordedEvent>(Registry(ctx), observer => new ThreatRecordedListener(places, observer));
            });

        Field<NonNullGraphType<RelationshipChangedGraphType>>("relationshipChanged")
            .Description("Each relationship created, changed or removed; with keys, only those with one of the keys at either end.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("keys")
            .Resolve(ctx => ctx.Source)
            .ResolveStream(ctx =>
            {
                var keys = KeySet(ctx, "keys");
                return new SubscriptionStream<RelationshipChangedEvent>(Registry(ctx), observer => new RelationshipChangedListener(keys, RareGraphRoles.CanSeeAttendance(ctx.RareGraph().User), observer));
            });

        Field<NonNullGraphType<ExposureAlertGraphType>>("exposureAlert")
            .Description("Each recorded event (of the polarity, never one the organisation initiated) whose impact on the organisation rises to at least minScore because of a write.")
            .Argument<NonNullGraphType<StringGraphType>>("organisationKey")
            .MinScoreArgument(AlertMinScore)
            .Argument<EventPolarityGraphType>("polarity", "Which events to watch: RESTRICTIVE (harm) by default, or PROTECTIVE.", a => a.DefaultValue = AnalysisArguments.ExposureDefaults.Polarity)
            .MinConfidenceArgument()
            .Resolve(ctx => ctx.Source)
            .ResolveStreamAsync(async ctx =>
            {
                var organisationKey = ctx.GetArgument<string>("organisationKey");
                var question = AnalysisArguments.Exposure(ctx, AlertMinScore);
                if (!(question.MinScore > 0 && question.MinScore <= 1))
                {
                    throw new RareGraphException(ErrorCodes.Validation, "minScore must be in (0, 1].", "minScore");
                }

                var analysis = ctx.RequestServices!.GetRequiredService<IAnalysisGateway>();
                var baseline = await ExposureWatch.BaselineAsync(analysis, organisationKey, question, ctx.CancellationToken);
                return new SubscriptionStream<ExposureAlertEvent>(
                    Registry(ctx),
                    observer => new ExposureWatch(analysis, organisationKey, question, baseline, observer));
            });

        CoverageGapField.Add(this);
    }

    internal static SubscriptionRegistry Registry(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<SubscriptionRegistry>();

    private static HashSet<string>? KeySet(IResolveFieldContext context, string argument)
    {
        var keys = context.GetArgument<List<string>?>(argument);
        if (keys is null)
        {
            return null;
        }

        var limit = context.RequestServices!.GetRequiredService<SubscriptionLimits>().MaxFilterKeys;
        if (keys.Count > limit)
        {
            throw new RareGraphException(ErrorCodes.LimitExceeded, $"{argument} may hold at most {limit} keys.", argument);
        }

        return keys.ToHashSet(StringComparer.Ordinal);
    }
}
