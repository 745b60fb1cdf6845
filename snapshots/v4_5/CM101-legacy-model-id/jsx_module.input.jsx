export const Model = () => <span data-model="claude-3-opus-20240229">{"claude-3-opus-20240229"}</span>;
