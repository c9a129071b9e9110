namespace RareGraph.GraphQL.Security;

/// <summary>What a caller without credentials may do. Both default to off: least privilege unless the host opts in.</summary>
public sealed class AccessOptions
{
    /// <summary>Anonymous callers act as PUBLIC: they may read non-restricted data, never analyse or write.</summary>
    public bool AllowAnonymousRead { get; set; }

    /// <summary>Anonymous callers may ask for the schema (<c>__schema</c>, <c>__type</c>); signed-in callers always may.</summary>
    public bool AllowAnonymousIntrospection { get; set; }
}
