using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Analysis;

/// <summary>An exposure question: which events of a polarity reach the organisation, as of a date, above a confidence.</summary>
internal sealed record ExposureArguments(
    string OrganisationKey,
    double MinScore,
    int MaxHops,
    DateOnly? At = null,
    EventPolarity Polarity = EventPolarity.Restrictive,
    double MinConfidence = 0);
