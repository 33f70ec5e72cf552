/** A random id, unique across machines, so records from many auditors can be pooled and merged. Never a counter. */
export function newId(): string {
  return crypto.randomUUID();
}
