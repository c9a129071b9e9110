using RareGraph.GraphQL.Security;
using RareGraph.Server.Configuration;

namespace RareGraph.Server.Security;

/// <summary>
/// Reads and checks the security configuration at start. Production refuses to start with nobody able to sign in
/// (unless anonymous reading is switched on on purpose); Development with no keys gets a fresh admin key, shown once.
/// </summary>
internal static class SecurityStartup
{
    public const string DevelopmentKeyId = "development-admin";

    public static SecurityOptions Read(IConfiguration configuration, IHostEnvironment environment, TextWriter console)
    {
        var options = ReadSignIn(configuration, environment, console);
        CheckCursorKey(options, environment);
        return options;
    }

    private static SecurityOptions ReadSignIn(IConfiguration configuration, IHostEnvironment environment, TextWriter console)
    {
        RefuseRetiredSettings(configuration);
        var options = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        Check(options);
        if (options.ApiKeys.Count > 0 || options.Jwt.IsConfigured)
        {
            return options;
        }

        if (environment.IsDevelopment())
        {
            var secret = ApiKeySecrets.Generate();
            options.ApiKeys.Add(new SecurityOptions.ApiKeyOptions { Id = DevelopmentKeyId, Hash = ApiKeySecrets.Hash(secret), Role = RareGraphRoles.Admin });
            // Written to the console, not the log: it is a secret, and log sinks outlive the terminal.
            console.WriteLine($"RareGraph development ADMIN key (shown once, valid until this process stops): {secret}");
            console.WriteLine($"Send it as '{ApiKeyAuthenticationHandler.HeaderName}: <key>' or 'Authorization: Bearer <key>'.");
            return options;
        }

        if (!options.AllowAnonymousRead)
        {
            throw new InvalidSettingException(
                $"RareGraph will not start in {environment.EnvironmentName} with no way to sign in: configure "
                + "RareGraph:Security:ApiKeys or RareGraph:Security:Jwt:Authority, or set RareGraph:Security:AllowAnonymousRead=true.");
        }

        return options;
    }

    /// <summary>
    /// A setting that used to move the audit trail elsewhere must not be ignored silently: the entries written to that
    /// file would look lost, and new ones would go to a different place than the operator believes.
    /// </summary>
    private static void RefuseRetiredSettings(IConfiguration configuration)
    {
        const string auditDatabase = SecurityOptions.SectionName + ":AuditDatabase";
        if (!string.IsNullOrWhiteSpace(configuration[auditDatabase]))
        {
            throw new InvalidSettingException(
                $"{auditDatabase} is no longer used: the audit trail and the issued API keys live in the configured graph store, "
                + "so that every write and its audit entry commit together. Move the entries and keys of that file into the store "
                + "(README, 'Audit trail') and remove the setting.");
        }
    }

    /// <summary>
    /// Cursors are sealed with this key; a Production server without one would make a key per process, and a partner's
    /// cursor would stop working at the next restart or on the next replica: refused at start instead.
    /// </summary>
    private static void CheckCursorKey(SecurityOptions options, IHostEnvironment environment)
    {
        const string setting = SecurityOptions.SectionName + ":CursorKey";
        if (!string.IsNullOrWhiteSpace(options.CursorKey))
        {
            if (GraphQL.Paging.CursorSeal.FromBase64(options.CursorKey) is null)
            {
                throw new InvalidSettingException(
                    $"{setting} must be {GraphQL.Paging.CursorSeal.KeyBytes} random bytes in base64 (make one with `openssl rand -base64 32`).");
            }

            return;
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidSettingException(
                $"{setting} must be set in {environment.EnvironmentName}: {GraphQL.Paging.CursorSeal.KeyBytes} random bytes in base64 "
                + "(make one with `openssl rand -base64 32`), the same on every replica; paging cursors are sealed with it.");
        }
    }

    private static void Check(SecurityOptions options)
    {
        if (options.Jwt.DefaultRole is { } defaultRole && !RareGraphRoles.IsAssignable(defaultRole))
        {
            throw new InvalidSettingException(
                $"RareGraph:Security:Jwt:DefaultRole must be one of {string.Join(", ", RareGraphRoles.Assignable)}, or unset (tokens without a role may then do nothing).");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var where = $"RareGraph:Security:ApiKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Id) || !ids.Add(key.Id))
            {
                throw new InvalidSettingException($"{where}:Id must be set and unique.");
            }

            if (!ApiKeySecrets.IsWellFormedHash(key.Hash))
            {
                throw new InvalidSettingException($"{where}:Hash must be 'sha256:' and 64 hex digits (the hash of the key, never the key).");
            }

            if (!RareGraphRoles.IsAssignable(key.Role))
            {
                throw new InvalidSettingException($"{where}:Role must be one of {string.Join(", ", RareGraphRoles.Assignable)}.");
            }
        }
    }
}
