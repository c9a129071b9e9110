using GraphQL.Types;
using RareGraph.Domain.Model;
using RareGraph.Domain.Writing;
using RareGraph.GraphQL.Types.Entities;

namespace RareGraph.GraphQL.Types.Mutations;

/// <summary>What a write returns: the written item, the graph version after it and whether anything changed.</summary>
internal sealed record MutationResult<T>(T Item, WriteOutcome Outcome);

/// <summary>A payload holding the written item under a named field (e.g. UpsertOrganisationPayload.organisation).</summary>
internal abstract class PayloadGraphType<TItemType, TItem> : ObjectGraphType<MutationResult<TItem>>
    where TItemType : IGraphType
{
    protected PayloadGraphType(string name, string itemField)
    {
        Name = name;
        Field<NonNullGraphType<TItemType>>(itemField).Resolve(ctx => ctx.Source.Item);
        PayloadFields.Add(this);
    }
}

internal static class PayloadFields
{
    public static void Add<T>(ObjectGraphType<MutationResult<T>> type)
    {
        type.Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after this write.")
            .Resolve(ctx => checked((int)ctx.Source.Outcome.Version));
        type.Field<NonNullGraphType<BooleanGraphType>>("changed").Description("False when the write repeated what was stored.")
            .Resolve(ctx => ctx.Source.Outcome.ChangedAnything);
    }
}

internal sealed class UpsertJurisdictionPayloadGraphType() : PayloadGraphType<JurisdictionGraphType, Entity>("UpsertJurisdictionPayload", "jurisdiction");

internal sealed class UpsertOrganisationPayloadGraphType() : PayloadGraphType<OrganisationGraphType, Entity>("UpsertOrganisationPayload", "organisation");

internal sealed class UpsertDefenderPayloadGraphType() : PayloadGraphType<DefenderGraphType, Entity>("UpsertDefenderPayload", "defender");

internal sealed class RecordThreatPayloadGraphType() : PayloadGraphType<ThreatGraphType, Entity>("RecordThreatPayload", "threat");

internal sealed class RelatePayloadGraphType() : PayloadGraphType<RelationshipGraphType, Relationship>("RelatePayload", "relationship");

internal sealed class UnrelatePayloadGraphType : ObjectGraphType<MutationResult<RelationshipKey>>
{
    public UnrelatePayloadGraphType()
    {
        Name = "UnrelatePayload";
        Field<NonNullGraphType<StringGraphType>>("fromKey").Resolve(ctx => ctx.Source.Item.FromKey);
        Field<NonNullGraphType<StringGraphType>>("toKey").Resolve(ctx => ctx.Source.Item.ToKey);
        Field<NonNullGraphType<Enums.RelationshipTypeGraphType>>("type").Resolve(ctx => ctx.Source.Item.Type);
        PayloadFields.Add(this);
    }
}

internal sealed class DeleteEntityPayloadGraphType : ObjectGraphType<MutationResult<string>>
{
    public DeleteEntityPayloadGraphType()
    {
        Name = "DeleteEntityPayload";
        Field<NonNullGraphType<StringGraphType>>("deletedKey").Resolve(ctx => ctx.Source.Item);
        Field<NonNullGraphType<IntGraphType>>("removedRelationships")
            .Description("Relationships that touched the entity and were removed with it.")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Relationships.Count ?? 0);
        PayloadFields.Add(this);
    }
}

internal sealed class ImportGraphPayloadGraphType : ObjectGraphType<MutationResult<WriteRequest>>
{
    public ImportGraphPayloadGraphType()
    {
        Name = "ImportGraphPayload";
        Field<NonNullGraphType<IntGraphType>>("entitiesWritten").Description("Entities created or changed (unchanged ones are not counted).")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Entities.Count ?? 0);
        Field<NonNullGraphType<IntGraphType>>("relationshipsWritten").Description("Relationships created or changed.")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Relationships.Count(r => r.After is not null) ?? 0);
        Field<NonNullGraphType<IntGraphType>>("relationshipsRemoved").Description("Relationships replaced away (a threat's old targets, an old base).")
            .Resolve(ctx => ctx.Source.Outcome.Change?.Relationships.Count(r => r.After is null) ?? 0);
        PayloadFields.Add(this);
    }
}
