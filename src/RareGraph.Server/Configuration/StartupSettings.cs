using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace RareGraph.Server.Configuration;

/// <summary>
/// Checks every bound settings section (each adapter's <c>ValidateOnStart</c>) before the host starts, and turns what is
/// wrong into an <see cref="InvalidSettingException"/>: one line naming the setting. Left to the host, the same failure
/// would be logged with its stack trace.
/// </summary>
internal static partial class StartupSettings
{
    public static void Validate(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException invalid)
        {
            throw new InvalidSettingException(Describe([invalid]), invalid);
        }
        catch (AggregateException several) when (several.InnerExceptions.All(e => e is OptionsValidationException))
        {
            throw new InvalidSettingException(Describe(several.InnerExceptions.Cast<OptionsValidationException>()), several);
        }
        catch (InvalidOperationException binding) when (BinderMessage().Match(binding.Message) is { Success: true } match)
        {
            // The binder's message quotes the value, which may be a secret: name the key and the type only.
            throw new InvalidSettingException($"{match.Groups["key"].Value} does not hold a value of type {match.Groups["type"].Value}.", binding);
        }
    }

    /// <summary>Each failure's own message (data annotations wrap it in a sentence about members), joined on one line.</summary>
    private static string Describe(IEnumerable<OptionsValidationException> failures) =>
        string.Join(" ", failures
            .SelectMany(f => f.Failures)
            .Select(f => AnnotationMessage().Match(f) is { Success: true } annotation ? annotation.Groups["error"].Value : f)
            .Distinct(StringComparer.Ordinal));

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BinderMessage();

    [GeneratedRegex("with the error: '(?<error>.*)'\\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnnotationMessage();
}
