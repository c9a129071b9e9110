using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Domain.Validation;

/// <summary>Checks that a relationship joins the labels (and organisation kinds) its type allows.</summary>
public static class RelationshipEndpointRules
{
    public static void Check(Relationship relationship, Entity from, Entity to, string fromField, string toField)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var info = RelationshipRules.For(relationship.Type);
        if (!info.FromLabels.Contains(from.Label))
        {
            throw RareGraphException.Validation(
                fromField,
                $"{Starting(relationship.Type)} relationship must start at {Describe(info.FromLabels)}, but '{from.Key}' is {Article(from.Label)}.");
        }

        if (!info.ToLabels.Contains(to.Label))
        {
            throw RareGraphException.Validation(
                toField,
                $"{Starting(relationship.Type)} relationship must end at {Describe(info.ToLabels)}, but '{to.Key}' is {Article(to.Label)}.");
        }

        if (info.FromKinds is { } fromKinds && from is Organisation fromOrganisation && !fromKinds.Contains(fromOrganisation.Kind))
        {
            throw RareGraphException.Validation(
                fromField,
                $"{Starting(relationship.Type)} relationship must start at an organisation of kind {DescribeKinds(fromKinds)}.");
        }

        if (info.ToKinds is { } toKinds && to is Organisation toOrganisation && !toKinds.Contains(toOrganisation.Kind))
        {
            throw RareGraphException.Validation(
                toField,
                $"{Starting(relationship.Type)} relationship must end at an organisation of kind {DescribeKinds(toKinds)}.");
        }

        if (relationship.Type == RelationshipType.PartOf && !IsWhole(from.Label, to.Label))
        {
            throw RareGraphException.Validation(
                toField,
                $"{Starting(relationship.Type)} relationship joins a camp or campaign to a programme, or an action item to a campaign or camp; '{from.Key}' is {Article(from.Label)} and '{to.Key}' is {Article(to.Label)}.");
        }

        if (info.IsLineage && from is Threat later && to is Threat earlier && later.OccurredOn < earlier.OccurredOn)
        {
            throw RareGraphException.Validation(
                fromField,
                $"{Starting(relationship.Type)} link goes from the later threat to the earlier one, but '{later.Key}' occurred before '{earlier.Key}'.");
        }
    }

    /// <summary>
    /// "A PARTNERS_WITH" or "An OCCURRED_IN": worked out only for a message, since a bulk import checks every row and
    /// deriving the name each time was an allocation per row.
    /// </summary>
    private static string Starting(RelationshipType type) => ApiWording.StartingWithArticle(RelationshipTypeNames.Of(type));

    private static bool IsWhole(EntityLabel part, EntityLabel whole) => (part, whole) switch
    {
        (EntityLabel.Camp or EntityLabel.Campaign, EntityLabel.Programme) => true,
        (EntityLabel.ActionItem, EntityLabel.Campaign or EntityLabel.Camp) => true,
        _ => false,
    };

    /// <summary>The UPPER_SNAKE name the public API uses for a value of <typeparamref name="TEnum"/>.</summary>
    public static string GraphQLName<TEnum>(TEnum value)
        where TEnum : struct, Enum => ApiWording.Name(value);

    private static string Describe(IReadOnlySet<EntityLabel> labels) =>
        string.Join(" or ", labels.Select(Article));

    private static string DescribeKinds(IReadOnlySet<OrganisationKind> kinds) =>
        string.Join(" or ", kinds.Select(GraphQLName));

    private static string Article(EntityLabel label) => ApiWording.WithArticle(label);
}
