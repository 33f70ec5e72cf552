export const FIRST_YEAR: number;
export const LAST_YEAR: number;
export function bankHolidaysFromLibrary(year: number): { date: string; name: string }[];
