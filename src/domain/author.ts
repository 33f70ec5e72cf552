// Who did something, as they were then. Imports nothing, so any record can name its author.
/** Who did something, as they were then: their name and designation. */
export interface Author {
  name: string;
  designation: string;
}
