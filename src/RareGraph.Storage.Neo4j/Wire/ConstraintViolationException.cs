using RareGraph.Domain.Errors;

namespace RareGraph.Storage.Neo4j.Wire;

/// <summary>
/// Neo4j refused a statement because it would break a uniqueness constraint. CONFLICT to callers; its own type so the
/// store can tell the one constraint a write can break — the audit entry's version — from every other error.
/// </summary>
internal sealed class ConstraintViolationException()
    : RareGraphException(
        ErrorCodes.Conflict,
        "The write contradicts a uniqueness rule of the store (Neo.ClientError.Schema.ConstraintValidationFailed).",
        "key");
