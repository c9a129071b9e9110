namespace RareGraph.Domain.Querying;

/// <summary>What threat counts can be grouped by; each bucket key is a string.</summary>
public enum ThreatDimension
{
    /// <summary>The year of <see cref="Model.Threat.OccurredOn"/>, four digits.</summary>
    Year,

    /// <summary>The key of the jurisdiction the threat OCCURRED_IN; null when it has none.</summary>
    Jurisdiction,

    /// <summary>The <see cref="Model.ThreatCategory"/>, as its C# name.</summary>
    Category,

    /// <summary>The <see cref="Model.EventPolarity"/>, as its C# name.</summary>
    Polarity,
}
