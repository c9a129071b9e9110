namespace RareGraph.Domain.Auditing;

/// <summary>The actor of writes made outside any caller's request: the demo data loader, start-up tasks.</summary>
public sealed class SystemActor : IAuditActor
{
    public const string Name = "system";

    public static SystemActor Instance { get; } = new();

    public string Current => Name;
}
