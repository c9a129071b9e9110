// Shown to a first-time visitor (GraphiQL keeps the user's own tabs in localStorage after that).
export const defaultQuery = `# Welcome to the RareGraph explorer.
# Press Ctrl+Enter (or the run button) to execute; Ctrl+Space completes field names.
# The docs explorer on the left describes every type.
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
