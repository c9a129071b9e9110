// Shown to a first-time visitor (GraphiQL keeps the user's own tabs in localStorage after that).
export const defaultQuery = `# Welcome to the RareGraph explorer.
# Run with Ctrl+Enter or the pink button;
# Ctrl+Space completes names, and the docs
# explorer (top left) describes every type.
{
  organisations(first: 5) {
    totalCount
    nodes {
      key
      name
      kind
    }
  }
}
`;
