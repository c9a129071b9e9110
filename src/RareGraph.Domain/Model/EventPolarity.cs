namespace RareGraph.Domain.Model;

/// <summary>
/// Whether an event narrows civic space or widens it. Spill-over propagates the same way for both; what a score means
/// differs (harm reaching an organisation, or protection reaching it), so every answer says which.
/// </summary>
public enum EventPolarity
{
    /// <summary>Attacks, restrictive laws, funding bans, smear campaigns, SLAPPs, spyware.</summary>
    Restrictive,

    /// <summary>Court rulings, directives, resolutions, acquittals that strengthen civic space.</summary>
    Protective,
}
