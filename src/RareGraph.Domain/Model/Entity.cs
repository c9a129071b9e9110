namespace RareGraph.Domain.Model;

/// <summary>A node of the graph. <see cref="Key"/> is chosen by the client, unique across the whole graph and stable forever.</summary>
public abstract record Entity(string Key)
{
    public abstract EntityLabel Label { get; }

    /// <summary>What a person sees as the entity's name; for a defender this is always the pseudonym.</summary>
    public abstract string Name { get; }
}
