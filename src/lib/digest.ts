// Hashing with the browser's WebCrypto (no JavaScript crypto library).

/** The SHA-256 of a text (as UTF-8), in lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
