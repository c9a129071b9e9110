namespace RareGraph.Interchange.Formats;

/// <summary>The value types every interchange format can declare for an attribute column.</summary>
public enum AttributeKind
{
    String,
    Double,
    Integer,
    Boolean,
}
