using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RareGraph.Caching.Redis;

/// <summary>
/// Refuses a configuration string StackExchange.Redis cannot read, at start rather than at the first cache call. The
/// message names the setting but not its value, which may hold a password.
/// </summary>
internal sealed class RedisOptionsValidation : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Configuration))
        {
            // The data annotations report a missing value.
            return ValidateOptionsResult.Skip;
        }

        try
        {
            _ = ConfigurationOptions.Parse(options.Configuration);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail(
                "RareGraph:Redis is not a Redis configuration string: host:port, then any ,option=value that StackExchange.Redis knows.");
        }
    }
}
