export const Model = () => <span data-model="claude-opus-4-5-20251101">{"claude-opus-4-5-20251101"}</span>;
