using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class ParticipationRoleGraphType : EnumerationGraphType<ParticipationRole>
{
}
