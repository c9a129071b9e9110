using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace RareGraph.GraphQL.Tests.Fuzzing;

/// <summary>
/// Builds random operations from the server's schema: a root field of Query (or Mutation, for roles that may write)
/// with random, boundary and hostile argument values, a random selection of its result (fragments on interfaces and
/// unions, nested fields with arguments of their own), some arguments passed as variables of any JSON type, and now and
/// then a valid document broken by a random edit.
/// </summary>
internal sealed class SchemaFuzzer(ISchema schema, Random random, FuzzValues values)
{
    private const int MaxDepth = 3;

    private static readonly string[] ValidDocuments =
    [
        "{ organisations(first: 5) { nodes { key name basedIn { code } } pageInfo { endCursor } } }",
        "{ defenders(first: 3) { nodes { id displayName legalName riskLevel } } }",
        "query($k: String!) { entity(key: $k) { id key name } }",
        "{ impact(threatKey: \"threat:2023-hu-sovereignty-protection-act\") { affected(first: 3) { nodes { score organisation { key } } } } }",
        "mutation { upsertJurisdiction(input: { key: \"fz\", name: \"Fuzz\", code: \"FZ\" }) { changed } }",
        "{ nodes(ids: [\"====\"]) { id } threats(order: [{ field: OCCURRED_ON, direction: DESC }], first: 2) { totalCount } }",
    ];

    private static readonly string Edits = "{}()[]:$@!\"\\#,.=0123456789 \n…";

    public FuzzOperation Next(int index, string role, bool mayWrite)
    {
        if (random.Next(12) == 0)
        {
            return new FuzzOperation(index, role, Broken(ValidDocuments[random.Next(ValidDocuments.Length)]), new JsonObject { ["k"] = values.Key() });
        }

        var writing = mayWrite && schema.Mutation is not null && random.Next(3) == 0;
        var root = writing ? schema.Mutation! : schema.Query;
        var fields = root.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var field = fields[random.Next(fields.Count)];
        var variables = new Variables();
        var body = Field(field, 0, variables);
        var declarations = variables.Declarations.Count == 0 ? "" : "(" + string.Join(", ", variables.Declarations) + ")";
        var document = (writing ? "mutation" : "query") + declarations + " { " + body + " }";
        return new FuzzOperation(index, role, document, variables.Values.Count == 0 ? null : variables.Values);
    }

    private string Broken(string document)
    {
        var text = new StringBuilder(document);
        for (var edits = 1 + random.Next(3); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, Edits[random.Next(Edits.Length)]);
                    break;
                case 2:
                    text.Insert(at, document[..Math.Min(document.Length, random.Next(1, 40))]);
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }

    private string Field(FieldType field, int depth, Variables variables)
    {
        var text = new StringBuilder(field.Name);
        var arguments = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType || random.Next(10) < 4).ToList();
        if (arguments.Count > 0)
        {
            text.Append('(')
                .AppendJoin(", ", arguments.Select(a => a.Name + ": " + Argument(a.Name, a.ResolvedType!, variables)))
                .Append(')');
        }

        var selection = Selection(field.ResolvedType!, depth + 1, variables);
        if (selection.Length > 0)
        {
            text.Append(" { ").Append(selection).Append(" }");
        }

        return text.ToString();
    }

    private string Selection(IGraphType type, int depth, Variables variables)
    {
        var named = Named(type);
        switch (named)
        {
            case ScalarGraphType or EnumerationGraphType:
                return "";
            case IAbstractGraphType abstractType:
                var parts = new List<string> { "__typename" };
                if (named is IComplexGraphType shared)
                {
                    parts.Add(Fields(shared, depth, variables));
                }

                foreach (var possible in abstractType.PossibleTypes.Where(_ => random.Next(3) == 0))
                {
                    parts.Add($"... on {possible.Name} {{ {Fields(possible, depth, variables)} }}");
                }

                return string.Join(" ", parts.Where(p => p.Length > 0));
            case IComplexGraphType complex:
                return Fields(complex, depth, variables);
            default:
                return "__typename";
        }
    }

    private string Fields(IComplexGraphType type, int depth, Variables variables)
    {
        var candidates = type.Fields
            .Where(f => depth < MaxDepth || Named(f.ResolvedType!) is ScalarGraphType or EnumerationGraphType)
            .ToList();
        if (candidates.Count == 0)
        {
            return "__typename";
        }

        var chosen = candidates.OrderBy(_ => random.Next()).Take(1 + random.Next(Math.Min(4, candidates.Count))).ToList();
        return string.Join(" ", chosen.Select(f => Field(f, depth, variables)));
    }

    private string Argument(string name, IGraphType type, Variables variables)
    {
        if (random.Next(12) == 0)
        {
            return variables.Declare(TypeName(type), values.AnyJson());
        }

        return Literal(name, type, 0);
    }

    private string Literal(string name, IGraphType type, int depth)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                return random.Next(40) == 0 ? "null" : Literal(name, nonNull.ResolvedType!, depth);
            case ListGraphType list:
                var count = random.Next(20) == 0 ? 150 : random.Next(4);
                return random.Next(8) == 0
                    ? Literal(name, list.ResolvedType!, depth)
                    : "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => Literal(name, list.ResolvedType!, depth))) + "]";
            case EnumerationGraphType enumeration:
                var names = enumeration.Values.Select(v => v.Name).ToList();
                return random.Next(20) == 0 || names.Count == 0 ? "NOT_A_VALUE" : names[random.Next(names.Count)];
            case IInputObjectGraphType input:
                if (depth >= MaxDepth)
                {
                    return "{}";
                }

                var fields = input.Fields.Where(f => f.ResolvedType is NonNullGraphType || random.Next(3) == 0);
                return "{ " + string.Join(", ", fields.Select(f => f.Name + ": " + Literal(f.Name, f.ResolvedType!, depth + 1))) + " }";
            case ScalarGraphType scalar:
                return Scalar(name, scalar.Name);
            default:
                return "null";
        }
    }

    private string Scalar(string argument, string scalar) => scalar switch
    {
        "ID" => FuzzValues.Quote(values.Id()),
        "Int" => values.IntLiteral(),
        "Float" => values.FloatLiteral(),
        "Boolean" => random.Next(2) == 0 ? "true" : "false",
        "Date" => FuzzValues.Quote(values.Date()),
        "DateTimeOffset" => FuzzValues.Quote(random.Next(2) == 0 ? "2025-06-01T12:00:00Z" : values.Hostile()),
        _ when argument is "after" or "before" => FuzzValues.Quote(random.Next(2) == 0 ? Convert.ToBase64String(Encoding.UTF8.GetBytes("[3,\"defender:x\"]")) : values.Hostile()),
        _ when argument.Contains("key", StringComparison.OrdinalIgnoreCase) || argument is "eq" or "in" => FuzzValues.Quote(values.Key()),
        _ => FuzzValues.Quote(random.Next(2) == 0 ? values.Key() : values.Hostile()),
    };

    private static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Named(nonNull.ResolvedType!),
        ListGraphType list => Named(list.ResolvedType!),
        _ => type,
    };

    private static string TypeName(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
        ListGraphType list => "[" + TypeName(list.ResolvedType!) + "]",
        _ => type.Name,
    };

    private sealed class Variables
    {
        public List<string> Declarations { get; } = [];

        public JsonObject Values { get; } = [];

        public string Declare(string type, JsonNode? value)
        {
            var name = "v" + Declarations.Count.ToString(CultureInfo.InvariantCulture);
            Declarations.Add($"${name}: {type}");
            Values[name] = value;
            return "$" + name;
        }
    }
}
