// Chinese phone numbers as desks write them: mobiles, and landlines with an area code.

const mobilePattern = /^1[3-9]\d{9}$/;
const landlinePattern = /^0\d{2,3}-?\d{7,8}$/;

export function isMobile(value: string): boolean {
  return mobilePattern.test(value);
}

export function isPhoneNumber(value: string): boolean {
  return mobilePattern.test(value) || landlinePattern.test(value);
}
