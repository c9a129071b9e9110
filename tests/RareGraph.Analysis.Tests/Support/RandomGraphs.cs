using RareGraph.Domain.Model;
using static RareGraph.Domain.Model.RelationshipType;

namespace RareGraph.Analysis.Tests.Support;

/// <summary>
/// Small random graphs that respect the endpoint labels of the model, reproducible from a seed: validity windows and
/// confidences on entities and relationships, events of both polarities, and initiators.
/// </summary>
internal static class RandomGraphs
{
    private static readonly double[] Strengths = [1.0, 1.0, 0.9, 0.75, 0.5, 0.3];
    private static readonly double?[] Confidences = [null, null, null, 1.0, 0.8, 0.6, 0.5, 0.4];
    private static readonly RelationshipType[] FlowTypes =
        [AffiliatedWith, MemberOf, PartnersWith, FundedBy, Governs, BasedIn, OperatesIn, AdvocatesTo, Influences];

    public static TestGraph Create(int seed)
    {
        var random = new Random(seed);
        var graph = new TestGraph()
            .Threat("t", polarity: Polarity(random))
            .Threat("t2", TestGraph.Day.AddDays(-30), Polarity(random))
            .Add(new Threat("t3", "t3", ThreatCategory.Legislation, new DateOnly(2024, 3, 1)) { DatePrecision = DatePrecision.Month });
        var jurisdictions = Names("j", random.Next(1, 4));
        var organisations = Names("o", random.Next(2, 8));
        var defenders = Names("d", random.Next(0, 3));
        foreach (var j in jurisdictions)
        {
            graph.Jurisdiction(j);
        }

        foreach (var o in organisations)
        {
            graph.Org(o, (OrganisationKind)random.Next(0, 8));
        }

        foreach (var d in defenders)
        {
            graph.Defender(d);
        }

        var used = new HashSet<(string, RelationshipType, string)>();
        var relationships = random.Next(2, 20);
        for (var i = 0; i < relationships; i++)
        {
            var type = FlowTypes[random.Next(FlowTypes.Length)];
            var (from, to) = type switch
            {
                AffiliatedWith when defenders.Length > 0 => (Pick(random, defenders), Pick(random, organisations)),
                MemberOf or PartnersWith or FundedBy or AdvocatesTo or AffiliatedWith => (Pick(random, organisations), Pick(random, organisations)),
                Influences => (Pick(random, jurisdictions), Pick(random, jurisdictions)),
                _ => (Pick(random, random.Next(4) == 0 && defenders.Length > 0 ? defenders : organisations), Pick(random, jurisdictions)),
            };
            if (from == to || !used.Add((from, type, to)))
            {
                continue;
            }

            graph.Rel(from, type, to, Strengths[random.Next(Strengths.Length)], ValidFrom(random), ValidTo(random), Confidence(random));
        }

        var everything = organisations.Concat(defenders).Concat(jurisdictions).ToArray();
        graph.Rel("t", Targets, Pick(random, everything));
        if (random.Next(2) == 0)
        {
            graph.Rel("t", Targets, Pick(random, organisations), validTo: random.Next(3) == 0 ? TestGraph.Day.AddDays(-1) : null);
        }

        if (random.Next(4) != 0)
        {
            graph.Rel("t", OccurredIn, Pick(random, jurisdictions));
        }

        graph.Rel("t2", Targets, Pick(random, organisations));
        graph.Rel("t2", OccurredIn, Pick(random, jurisdictions));

        // Law lineage, the later event linking to the earlier one.
        if (random.Next(2) == 0)
        {
            graph.Rel("t", ModelledOn, "t2", validFrom: ValidFrom(random), confidence: Confidence(random));
        }

        if (random.Next(2) == 0)
        {
            graph.Rel("t2", Cited, "t3", confidence: Confidence(random));
        }

        // Initiators: sometimes one of the organisations the event also reaches, or even targets.
        foreach (var threat in new[] { "t", "t2" })
        {
            foreach (var initiator in organisations.Where(_ => random.Next(4) == 0))
            {
                graph.Rel(threat, InitiatedBy, initiator, validFrom: ValidFrom(random), confidence: Confidence(random));
            }
        }

        foreach (var entity in everything.Concat(["t", "t2", "t3"]).Where(_ => random.Next(3) == 0))
        {
            var (from, to) = (ValidFrom(random), ValidTo(random));
            if (from > to)
            {
                (from, to) = (to, from);
            }

            graph.Provenance(entity, Confidence(random), from, to);
        }

        return graph;
    }

    private static EventPolarity Polarity(Random random) => random.Next(3) == 0 ? EventPolarity.Protective : EventPolarity.Restrictive;

    private static double? Confidence(Random random) => Confidences[random.Next(Confidences.Length)];

    private static DateOnly? ValidFrom(Random random) => random.Next(6) == 0 ? TestGraph.Day.AddDays(random.Next(-40, 5)) : null;

    private static DateOnly? ValidTo(Random random) => random.Next(6) == 0 ? TestGraph.Day.AddDays(random.Next(-40, 5)) : null;

    private static string[] Names(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"{prefix}{i}").ToArray();

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];
}
