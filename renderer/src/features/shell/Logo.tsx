/** The Habeas mark: a shield with a keyhole. Decorative; the product name is text next to it. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path className="logo__shield" d="M16 2.5 4.5 6.8v8.1c0 7.3 4.8 12.6 11.5 14.6 6.7-2 11.5-7.3 11.5-14.6V6.8L16 2.5Z" />
      <circle className="logo__hole" cx="16" cy="13.2" r="3.1" />
      <path className="logo__hole" d="M14.4 15.4h3.2l1 6.1h-5.2l1-6.1Z" />
    </svg>
  );
}
