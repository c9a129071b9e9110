using Microsoft.Extensions.Options;

namespace RareGraph.Storage.Neo4j;

/// <summary>Runs <see cref="Neo4jStoreOptions.Validate"/> as the options' start-time check, its message naming the setting.</summary>
internal sealed class Neo4jStoreOptionsValidation : IValidateOptions<Neo4jStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jStoreOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException invalid)
        {
            return ValidateOptionsResult.Fail(invalid.Message);
        }
    }
}
