// A person's age in whole years on a day, from two YYYY-MM-DD dates: what the register shows beside a birth date.

export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
