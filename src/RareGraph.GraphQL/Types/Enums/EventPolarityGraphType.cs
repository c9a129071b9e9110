using GraphQL.Types;
using RareGraph.Domain.Model;

namespace RareGraph.GraphQL.Types.Enums;

internal sealed class EventPolarityGraphType : EnumerationGraphType<EventPolarity>
{
    public EventPolarityGraphType()
    {
        Description = "Whether an event narrows civic space (RESTRICTIVE) or widens it (PROTECTIVE). Spill-over propagates alike; "
            + "a score means harm reaching an organisation for the first, protection for the second.";
        Values["RESTRICTIVE"]!.Description = "Attacks, restrictive laws, funding bans, smear campaigns, SLAPPs, spyware.";
        Values["PROTECTIVE"]!.Description = "Court rulings, directives, resolutions, acquittals that strengthen civic space.";
    }
}
