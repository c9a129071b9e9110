namespace RareGraph.Domain.Model;

/// <summary>What a defender or organisation did in a programme or camp (PARTICIPATES_IN).</summary>
public enum ParticipationRole
{
    Participant,
    Trainer,
    Host,
}
