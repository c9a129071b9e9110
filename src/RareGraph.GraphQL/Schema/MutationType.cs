using GraphQL;
using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Execution;
using RareGraph.GraphQL.Types.Mutations;
using RareGraph.GraphQL.Writing;

namespace RareGraph.GraphQL.Schema;

/// <summary>
/// Idempotent upserts by key. A mutation document is one transaction: each root field stages its write in the
/// document's <see cref="WriteSession"/>, and the executor commits them together, or none of them when any field fails.
/// </summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Upsert<UpsertJurisdictionPayloadGraphType, UpsertJurisdictionInputGraphType, UpsertJurisdictionInput>(
            "upsertJurisdiction", "Creates or updates a jurisdiction: fields left out keep their stored values, null clears them.", WriteRequestBuilder.Add);
        Upsert<UpsertOrganisationPayloadGraphType, UpsertOrganisationInputGraphType, UpsertOrganisationInput>(
            "upsertOrganisation", "Creates or updates an organisation (and its BASED_IN when basedInKey is given): fields left out keep their stored values, null clears them.", WriteRequestBuilder.Add);
        Upsert<UpsertDefenderPayloadGraphType, UpsertDefenderInputGraphType, UpsertDefenderInput>(
            "upsertDefender", "Creates or updates a defender: fields left out keep their stored values, null clears them.", WriteRequestBuilder.Add);
        Upsert<RecordThreatPayloadGraphType, RecordThreatInputGraphType, RecordThreatInput>(
            "recordThreat", "Records a threat with its OCCURRED_IN and TARGETS relationships: fields left out keep their stored values, null clears them.", WriteRequestBuilder.Add);
        Upsert<UpsertProgrammePayloadGraphType, UpsertProgrammeInputGraphType, UpsertProgrammeInput>(
            "upsertProgramme", "Creates or updates a programme (and adds ORGANISES from organiserKeys): fields left out keep their stored values, null clears them.", AllianceWorkRequestBuilder.Add);
        Upsert<UpsertCampPayloadGraphType, UpsertCampInputGraphType, UpsertCampInput>(
            "upsertCamp", "Creates or updates a camp (its PART_OF programme and HELD_IN jurisdiction when given): fields left out keep their stored values, null clears them.", AllianceWorkRequestBuilder.Add);
        Upsert<UpsertCampaignPayloadGraphType, UpsertCampaignInputGraphType, UpsertCampaignInput>(
            "upsertCampaign", "Creates or updates a campaign (its ADVOCATES_TO, RESPONDS_TO and PART_OF when given; adds RUNS from runByKeys): fields left out keep their stored values, null clears them.", AllianceWorkRequestBuilder.Add);
        Upsert<UpsertActionItemPayloadGraphType, UpsertActionItemInputGraphType, UpsertActionItemInput>(
            "upsertActionItem", "Creates or updates an action item (its PART_OF when given; adds OWNS from ownerKeys): fields left out keep their stored values, null clears them.", AllianceWorkRequestBuilder.Add);
        Upsert<RelatePayloadGraphType, RelateInputGraphType, RelateInput>(
            "relate", "Creates or updates the relationship (fromKey, type, toKey): fields left out keep their stored values, null clears them.", WriteRequestBuilder.Add);

        Field<NonNullGraphType<UnrelatePayloadGraphType>>("unrelate").Description("Removes a relationship; NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<UnrelateInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<UnrelateInput>("input");
                var key = new RelationshipKey(input.FromKey, input.Type, input.ToKey);
                var request = new WriteRequest("unrelate");
                request.Unrelations.Add(new Located<RelationshipKey>(key, "input"));
                return new MutationResult<RelationshipKey>(key, await StageAsync(ctx, request));
            });

        Field<NonNullGraphType<DeleteEntityPayloadGraphType>>("deleteEntity")
            .Description("Deletes an entity and every relationship touching it; NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .ResolveAsync(async ctx =>
            {
                var key = ctx.GetArgument<string>("key");
                var request = new WriteRequest("deleteEntity");
                request.Deletions.Add(new Located<string>(key, "key"));
                return new MutationResult<string>(key, await StageAsync(ctx, request));
            });

        Field<NonNullGraphType<ImportGraphPayloadGraphType>>("importGraph")
            .Description("Writes a whole batch atomically; repeating it changes nothing.")
            .Argument<NonNullGraphType<ImportGraphInputGraphType>>("input")
            .ResolveAsync(async ctx =>
            {
                var request = WriteRequestBuilder.Import(ctx.GetArgument<ImportGraphInput>("input"), "input");
                return new MutationResult<WriteRequest>(request, await StageAsync(ctx, request));
            });

        KeyManagementFields.AddMutations(this);
    }

    private void Upsert<TPayloadType, TInputType, TInput>(string name, string description, Func<WriteRequest, TInput, string, object> add)
        where TPayloadType : IGraphType
        where TInputType : IInputObjectGraphType
    {
        Field<NonNullGraphType<TPayloadType>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var request = new WriteRequest(name);
                var item = add(request, ctx.GetArgument<TInput>("input"), "input");
                var outcome = await StageAsync(ctx, request);
                // The payload shows the item as stored after the write: fields the input left out kept their values.
                return item switch
                {
                    Entity entity => new MutationResult<Entity>(outcome.Entities.FirstOrDefault(e => string.Equals(e.Key, entity.Key, StringComparison.Ordinal)) ?? entity, outcome),
                    Relationship relationship => (object)new MutationResult<Relationship>(
                        outcome.Relationships.FirstOrDefault(r => r.Identity == relationship.Identity) ?? relationship, outcome),
                    _ => throw new InvalidOperationException("Unexpected write item."),
                };
            });
    }

    private static async Task<WriteOutcome> StageAsync(IResolveFieldContext context, WriteRequest request)
    {
        var shared = context.RareGraph();
        var session = shared.Session
            ?? throw new InvalidOperationException("Mutations run in the write session the executor opens for their document.");
        var outcome = await session.StageAsync(request, context.CancellationToken);
        shared.RenewLoaders();
        return outcome;
    }
}
