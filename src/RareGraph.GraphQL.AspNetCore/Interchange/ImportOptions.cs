using System.ComponentModel.DataAnnotations;

namespace RareGraph.GraphQL.AspNetCore.Interchange;

/// <summary>Limits of <c>POST /import</c>, bound from <c>RareGraph:Import</c>.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "RareGraph:Import";

    /// <summary>The largest upload accepted, in bytes (all files of a request together); larger is a 413. Default 1 GB.</summary>
    [Range(typeof(long), "1", "9223372036854775807", ErrorMessage = "RareGraph:Import:MaxBytes must be positive.")]
    public long MaxBytes { get; set; } = 1L << 30;
}
