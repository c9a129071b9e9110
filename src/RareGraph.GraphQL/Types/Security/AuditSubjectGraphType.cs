using GraphQL.Types;
using RareGraph.Domain.Auditing;

namespace RareGraph.GraphQL.Types.Security;

internal sealed class AuditSubjectGraphType : EnumerationGraphType<AuditSubject>
{
    public AuditSubjectGraphType() => Name = "AuditSubject";
}
