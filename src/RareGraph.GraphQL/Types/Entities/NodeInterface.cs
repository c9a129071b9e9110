using GraphQL.Types;

namespace RareGraph.GraphQL.Types.Entities;

internal sealed class NodeInterface : InterfaceGraphType<object>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id that `node(id:)` fetches again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable global id.");
    }
}
