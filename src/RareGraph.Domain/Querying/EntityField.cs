namespace RareGraph.Domain.Querying;

/// <summary>
/// The fields a listing can filter or sort on. Each applies to the labels listed in its comment, and says
/// which value type a predicate on it carries.
/// </summary>
public enum EntityField
{
    /// <summary>Every label; string.</summary>
    Key,

    /// <summary>Every label (a defender's pseudonym, a threat's title); string.</summary>
    Name,

    /// <summary>Organisation (<see cref="Model.OrganisationKind"/>) or Jurisdiction (<see cref="Model.JurisdictionKind"/>); enum name.</summary>
    Kind,

    /// <summary>Jurisdiction; string (ISO 3166-1 alpha-2 or a body code).</summary>
    Code,

    /// <summary>Organisation and Jurisdiction; string, matched against any one tag.</summary>
    Tag,

    /// <summary>Threat (<see cref="Model.ThreatCategory"/>); enum name.</summary>
    Category,

    /// <summary>Threat; <see cref="DateOnly"/>.</summary>
    OccurredOn,

    /// <summary>Threat (<see cref="Model.Severity"/>); enum name, ordered LOW &lt; CRITICAL when sorting.</summary>
    Severity,

    /// <summary>Threat (<see cref="Model.EventPolarity"/>); enum name.</summary>
    Polarity,

    /// <summary>Every label: where the fact that the entity exists comes from; string (null when none is recorded).</summary>
    Source,

    /// <summary>Every label: how sure that source is; <see cref="double"/>, a missing confidence counting as 1.</summary>
    Confidence,

    /// <summary>Defender, restricted (<see cref="Model.Severity"/>); callers without the right to see it must not filter or sort on it.</summary>
    RiskLevel,
}
