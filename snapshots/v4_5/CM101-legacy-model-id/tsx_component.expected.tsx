export function Picker({ onPick }: { onPick: (m: string) => void }) {
  return <button onClick={() => onPick("claude-sonnet-4-5")}>Sonnet</button>;
}
const generic = <T,>(x: T) => x;
