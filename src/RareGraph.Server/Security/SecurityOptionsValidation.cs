using Microsoft.Extensions.Options;
using RareGraph.GraphQL.Paging;
using RareGraph.GraphQL.Security;

namespace RareGraph.Server.Security;

/// <summary>
/// The start-time check of <c>RareGraph:Security</c>: well-formed keys and roles, a way to sign in outside
/// Development (unless anonymous reading is switched on on purpose), a cursor key where one is required, and no
/// retired setting. Messages name the setting and never repeat a key's hash or secret.
/// </summary>
internal sealed class SecurityOptionsValidation(IHostEnvironment environment) : IValidateOptions<SecurityOptions>
{
    private const string Section = SecurityOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var failures = new List<string>();
        RefuseRetiredSettings(options, failures);
        CheckKeysAndRoles(options, failures);
        CheckSignIn(options, failures);
        CheckCursorKey(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// A setting that used to move the audit trail elsewhere must not be ignored silently: the entries written to that
    /// file would look lost, and new ones would go to a different place than the operator believes.
    /// </summary>
    private static void RefuseRetiredSettings(SecurityOptions options, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(options.AuditDatabase))
        {
            failures.Add(
                $"{Section}:AuditDatabase is no longer used: the audit trail and the issued API keys live in the configured graph store, "
                + "so that every write and its audit entry commit together. Move the entries and keys of that file into the store "
                + "(README, 'Audit trail') and remove the setting.");
        }
    }

    private static void CheckKeysAndRoles(SecurityOptions options, List<string> failures)
    {
        if (options.Jwt.DefaultRole is { } defaultRole && !RareGraphRoles.IsAssignable(defaultRole))
        {
            failures.Add(
                $"{Section}:Jwt:DefaultRole must be one of {string.Join(", ", RareGraphRoles.Assignable)}, or unset (tokens without a role may then do nothing).");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var where = $"{Section}:ApiKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Id) || !ids.Add(key.Id))
            {
                failures.Add($"{where}:Id must be set and unique.");
            }

            if (!ApiKeySecrets.IsWellFormedHash(key.Hash))
            {
                failures.Add($"{where}:Hash must be 'sha256:' and 64 hex digits (the hash of the key, never the key).");
            }

            if (!RareGraphRoles.IsAssignable(key.Role))
            {
                failures.Add($"{where}:Role must be one of {string.Join(", ", RareGraphRoles.Assignable)}.");
            }
        }
    }

    /// <summary>Development always has a way in (<see cref="DevelopmentAdminKey"/>); elsewhere a server nobody can sign in to is refused.</summary>
    private void CheckSignIn(SecurityOptions options, List<string> failures)
    {
        if (options.ApiKeys.Count == 0 && !options.Jwt.IsConfigured && !options.AllowAnonymousRead)
        {
            failures.Add(
                $"RareGraph will not start in {environment.EnvironmentName} with no way to sign in: configure "
                + $"{Section}:ApiKeys or {Section}:Jwt:Authority, or set {Section}:AllowAnonymousRead=true.");
        }
    }

    /// <summary>
    /// Cursors are sealed with this key; a Production server without one would make a key per process, and a partner's
    /// cursor would stop working at the next restart or on the next replica: refused at start instead.
    /// </summary>
    private void CheckCursorKey(SecurityOptions options, List<string> failures)
    {
        const string setting = Section + ":CursorKey";
        if (!string.IsNullOrWhiteSpace(options.CursorKey))
        {
            if (CursorSeal.FromBase64(options.CursorKey) is null)
            {
                failures.Add($"{setting} must be {CursorSeal.KeyBytes} random bytes in base64 (make one with `openssl rand -base64 32`).");
            }
        }
        else if (!environment.IsDevelopment())
        {
            failures.Add(
                $"{setting} must be set in {environment.EnvironmentName}: {CursorSeal.KeyBytes} random bytes in base64 "
                + "(make one with `openssl rand -base64 32`), the same on every replica; paging cursors are sealed with it.");
        }
    }
}
