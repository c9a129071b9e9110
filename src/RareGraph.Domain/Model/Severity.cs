namespace RareGraph.Domain.Model;

/// <summary>How grave a threat is, or how exposed a defender is (their risk level).</summary>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
