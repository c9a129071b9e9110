using System.ComponentModel.DataAnnotations;

namespace RareGraph.Server.Hosting;

/// <summary>
/// How the server waits for a store that is down when it starts (<c>RareGraph:StoreStart</c>): it retries with a delay
/// that doubles from <see cref="FirstRetryDelay"/> up to <see cref="MaxRetryDelay"/>, for as long as it takes.
/// </summary>
public sealed class StoreStartOptions
{
    public const string SectionName = "RareGraph:StoreStart";

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "RareGraph:StoreStart:FirstRetryDelay must be between 00:00:00.001 and 1.00:00:00.")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "RareGraph:StoreStart:MaxRetryDelay must be between 00:00:00.001 and 1.00:00:00.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
