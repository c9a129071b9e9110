using System.Text.RegularExpressions;
using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;

namespace RareGraph.Domain.Validation;

/// <summary>
/// Field rules every entity must satisfy before it is stored. Each failure names the field, relative to
/// <c>fieldPrefix</c> (the entity's place in the request, such as <c>input</c> or <c>organisations.4</c>).
/// </summary>
public static partial class EntityRules
{
    public const int MaxKeyLength = 128;
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 4000;
    public const int MaxListLength = 50;

    /// <summary>Keys are identifiers, not prose: letters, digits and <c>._:-</c>, starting with a letter or digit.</summary>
    /// <remarks>
    /// No match timeout, on purpose (here and below): each pattern is one anchored loop over a character class, with no
    /// nested or alternative quantifiers, so matching is linear in the input and cannot backtrack catastrophically.
    /// </remarks>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]*$", RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Z]{2,10}$", RegexOptions.CultureInvariant, Timeout.Infinite)]
    private static partial Regex BodyCodePattern();

    public static void ValidateKey(string? key, string field)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw RareGraphException.Validation(field, "A key must not be empty.");
        }

        if (key.Length > MaxKeyLength)
        {
            throw RareGraphException.Validation(field, $"A key must be at most {MaxKeyLength} characters long.");
        }

        if (!KeyPattern().IsMatch(key))
        {
            throw RareGraphException.Validation(
                field,
                "A key may contain only letters, digits and the characters . _ : - and must start with a letter or digit.");
        }
    }

    public static void Validate(Entity entity, string fieldPrefix)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.Key, Join(fieldPrefix, "key"));
        ValidateProvenance(entity.Source, entity.Confidence, entity.ValidFrom, entity.ValidTo, fieldPrefix);
        switch (entity)
        {
            case Jurisdiction jurisdiction:
                RequireText(jurisdiction.DisplayName, Join(fieldPrefix, "name"), MaxNameLength);
                ValidateJurisdictionCode(jurisdiction, Join(fieldPrefix, "code"));
                ValidateList(jurisdiction.Tags, Join(fieldPrefix, "tags"));
                break;
            case Organisation organisation:
                RequireText(organisation.DisplayName, Join(fieldPrefix, "name"), MaxNameLength);
                ValidateWebsite(organisation.Website, Join(fieldPrefix, "website"));
                ValidateList(organisation.Tags, Join(fieldPrefix, "tags"));
                break;
            case Defender defender:
                RequireText(defender.Pseudonym, Join(fieldPrefix, "displayName"), MaxNameLength);
                OptionalText(defender.Restricted.LegalName, Join(fieldPrefix, "legalName"), MaxNameLength);
                OptionalText(defender.Restricted.Contact, Join(fieldPrefix, "contact"), MaxNameLength);
                OptionalText(defender.Restricted.Location, Join(fieldPrefix, "location"), MaxNameLength);
                break;
            case Threat threat:
                RequireText(threat.Title, Join(fieldPrefix, "title"), MaxNameLength);
                OptionalText(threat.Summary, Join(fieldPrefix, "summary"), MaxTextLength);
                ValidateList(threat.Sources, Join(fieldPrefix, "sources"));
                if (threat.DatePrecision == DatePrecision.Month && threat.OccurredOn.Day != 1)
                {
                    throw RareGraphException.Validation(
                        Join(fieldPrefix, "occurredOn"),
                        "A date known only to the month must be given as the first day of that month.");
                }

                if (threat.DatePrecision == DatePrecision.Year && (threat.OccurredOn.Day != 1 || threat.OccurredOn.Month != 1))
                {
                    throw RareGraphException.Validation(
                        Join(fieldPrefix, "occurredOn"),
                        "A date known only to the year must be given as the first of January of that year.");
                }

                break;
            case Programme or Camp or Campaign or ActionItem:
                AllianceWorkRules.Validate(entity, fieldPrefix);
                break;
            default:
                throw new ArgumentException($"Unknown entity type {entity.GetType().Name}.", nameof(entity));
        }
    }

    public static void Validate(Relationship relationship, string fieldPrefix)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ValidateKey(relationship.FromKey, Join(fieldPrefix, "fromKey"));
        ValidateKey(relationship.ToKey, Join(fieldPrefix, "toKey"));
        if (string.Equals(relationship.FromKey, relationship.ToKey, StringComparison.Ordinal))
        {
            throw RareGraphException.Validation(Join(fieldPrefix, "toKey"), "A relationship must join two different entities.");
        }

        if (!(relationship.Strength > 0 && relationship.Strength <= 1))
        {
            throw RareGraphException.Validation(
                Join(fieldPrefix, "strength"),
                "strength must be greater than 0 and at most 1.");
        }

        if (relationship.Role is not null && !RelationshipRules.For(relationship.Type).HasRole)
        {
            throw RareGraphException.Validation(Join(fieldPrefix, "role"), "Only a PARTICIPATES_IN relationship has a role.");
        }

        ValidateProvenance(relationship.Source, relationship.Confidence, relationship.ValidFrom, relationship.ValidTo, fieldPrefix);
    }

    public static string Join(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";

    /// <summary>The fields entities and relationships share: where the fact comes from, how sure it is, when it held.</summary>
    private static void ValidateProvenance(string? source, double? confidence, DateOnly? validFrom, DateOnly? validTo, string fieldPrefix)
    {
        if (confidence is { } value && !(value >= 0 && value <= 1))
        {
            throw RareGraphException.Validation(Join(fieldPrefix, "confidence"), "confidence must be between 0 and 1.");
        }

        if (validFrom is { } from && validTo is { } to && from > to)
        {
            throw RareGraphException.Validation(Join(fieldPrefix, "validTo"), "validTo must not be earlier than validFrom.");
        }

        OptionalText(source, Join(fieldPrefix, "source"), MaxTextLength);
    }

    private static void ValidateJurisdictionCode(Jurisdiction jurisdiction, string field)
    {
        if (jurisdiction.Kind == JurisdictionKind.Country)
        {
            if (!IsoCountryCodes.IsAssigned(jurisdiction.Code))
            {
                throw RareGraphException.Validation(
                    field,
                    $"'{Shorten(jurisdiction.Code)}' is not an ISO 3166-1 alpha-2 country code (two capital letters, such as HU).");
            }
        }
        else if (!BodyCodePattern().IsMatch(jurisdiction.Code ?? string.Empty))
        {
            throw RareGraphException.Validation(
                field,
                "The code of a supranational body or region must be 2 to 10 capital letters, such as EU or COE.");
        }
    }

    private static void ValidateWebsite(string? website, string field)
    {
        if (website is null)
        {
            return;
        }

        if (website.Length > MaxNameLength
            || !Uri.TryCreate(website, UriKind.Absolute, out var uri)
            || (!string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) && !string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)))
        {
            throw RareGraphException.Validation(field, "website must be an absolute http or https URL.");
        }
    }

    private static void ValidateList(IReadOnlyList<string> values, string field)
    {
        if (values.Count > MaxListLength)
        {
            throw RareGraphException.Validation(field, $"At most {MaxListLength} entries are allowed.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            RequireText(values[i], $"{field}.{i}", MaxTextLength);
        }
    }

    internal static void RequireText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RareGraphException.Validation(field, $"{LastSegment(field)} must not be empty.");
        }

        OptionalText(value, field, maxLength);
    }

    internal static void OptionalText(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw RareGraphException.Validation(field, $"{LastSegment(field)} must be at most {maxLength} characters long.");
        }
    }

    private static string LastSegment(string field) => field[(field.LastIndexOf('.') + 1)..];

    private static string Shorten(string? value) => value is null ? string.Empty : value.Length <= 12 ? value : value[..12] + "…";
}
