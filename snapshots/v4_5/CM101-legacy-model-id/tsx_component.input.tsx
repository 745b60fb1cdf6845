export function Picker({ onPick }: { onPick: (m: string) => void }) {
  return <button onClick={() => onPick("claude-3-5-sonnet-latest")}>Sonnet</button>;
}
const generic = <T,>(x: T) => x;
