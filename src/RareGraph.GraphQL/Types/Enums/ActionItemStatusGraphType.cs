using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class ActionItemStatusGraphType : EnumerationGraphType<ActionItemStatus>
{
}
