using System.ComponentModel.DataAnnotations;

namespace RareGraph.Server.Observability;

/// <summary>
/// Where traces and metrics go besides the <c>/metrics</c> scrape endpoint: an OTLP collector, named by the standard
/// OpenTelemetry variable so that a deployment configures RareGraph like any other instrumented service.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The collector (<c>http://collector:4317</c>); unset, nothing is sent over OTLP (the exporter would otherwise try
    /// localhost:4317 for the life of the process).
    /// </summary>
    [ConfigurationKeyName(OtlpEndpointKey)]
    public Uri? OtlpEndpoint { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || !IsHttp(endpoint.Scheme)))
        {
            yield return new ValidationResult(
                $"{OtlpEndpointKey} must be an absolute http:// or https:// address of an OTLP collector (e.g. http://collector:4317).",
                [nameof(OtlpEndpoint)]);
        }
    }

    private static bool IsHttp(string scheme) =>
        string.Equals(scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) || string.Equals(scheme, Uri.UriSchemeHttps, StringComparison.Ordinal);
}
