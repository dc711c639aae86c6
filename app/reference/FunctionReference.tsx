export function FunctionReference(props: { open: boolean; onClose(): void }) {
  void props;
  return null;
}
