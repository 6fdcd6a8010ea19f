/** The PromptLoss mark: a prompt bar above a broken bar with the lost piece in red. */
export function Mark({ size = 16 }: { size?: number }) {
  return (
    <svg className="pl-mark" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      <rect width="16" height="16" rx="3.5" fill="#4f46e5" />
      <rect x="3" y="4" width="10" height="2.5" rx="1.25" fill="#fff" />
      <rect x="3" y="9.5" width="5" height="2.5" rx="1.25" fill="#fff" />
      <rect x="10" y="9.5" width="3" height="2.5" rx="1.25" fill="#ff6b6b" />
    </svg>
  );
}
