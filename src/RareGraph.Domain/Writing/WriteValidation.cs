using RareGraph.Domain.Errors;
using RareGraph.Domain.Model;
using RareGraph.Domain.Validation;

namespace RareGraph.Domain.Writing;

/// <summary>The checks a request must pass before the store is consulted at all.</summary>
internal static class WriteValidation
{
    public static void CheckFields(WriteRequest request)
    {
        var labelsInRequest = new Dictionary<string, Located<Entity>>(StringComparer.Ordinal);
        foreach (var item in request.Entities)
        {
            CheckFieldsOf(item);

            if (labelsInRequest.TryGetValue(item.Value.Key, out var earlier))
            {
                if (earlier.Value.Label != item.Value.Label)
                {
                    throw RareGraphException.Conflict(
                        EntityRules.Join(item.Field, "key"),
                        $"The key '{item.Value.Key}' is used for both {ApiWording.WithArticle(earlier.Value.Label)} and {ApiWording.WithArticle(item.Value.Label)} in this request.");
                }

                throw RareGraphException.Validation(
                    EntityRules.Join(item.Field, "key"),
                    $"The key '{item.Value.Key}' appears twice in this request (also at {earlier.Field}).");
            }

            labelsInRequest.Add(item.Value.Key, item);
        }

        var relationships = new Dictionary<RelationshipKey, string>();
        foreach (var item in request.Relationships)
        {
            CheckFieldsOf(item);

            if (!relationships.TryAdd(item.Value.Identity, item.Field))
            {
                throw RareGraphException.Validation(
                    item.Field,
                    $"The relationship {item.Value.Identity} appears twice in this request (also at {relationships[item.Value.Identity]}).");
            }
        }

        foreach (var item in request.Unrelations)
        {
            EntityRules.ValidateKey(item.Value.FromKey, EntityRules.Join(item.Field, "fromKey"));
            EntityRules.ValidateKey(item.Value.ToKey, EntityRules.Join(item.Field, "toKey"));
        }

        foreach (var item in request.Deletions)
        {
            EntityRules.ValidateKey(item.Value, item.Field);
            if (labelsInRequest.ContainsKey(item.Value))
            {
                throw RareGraphException.Validation(item.Field, $"'{item.Value}' cannot be both written and deleted in one request.");
            }
        }
    }

    // An item applied onto a stored value is checked whole once it is merged (WritePlanner): a kind left out and a code
    // given are only valid together. Here only its identity is checked.
    private static void CheckFieldsOf(Located<Entity> item)
    {
        if (item.OntoStored is null)
        {
            EntityRules.Validate(item.Value, item.Field);
        }
        else
        {
            EntityRules.ValidateKey(item.Value.Key, EntityRules.Join(item.Field, "key"));
        }
    }

    private static void CheckFieldsOf(Located<Relationship> item)
    {
        if (item.OntoStored is null)
        {
            EntityRules.Validate(item.Value, item.Field);
        }
        else
        {
            EntityRules.ValidateKey(item.Value.FromKey, EntityRules.Join(item.Field, "fromKey"));
            EntityRules.ValidateKey(item.Value.ToKey, EntityRules.Join(item.Field, "toKey"));
        }
    }
}
