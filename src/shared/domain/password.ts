// What a password must be before the server will hash it.

export const passwordMinLength = 8;
export const passwordMaxLength = 128;
