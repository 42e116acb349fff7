import { customAlphabet } from 'nanoid';

/** Ids are opaque letters and digits: they become platform keys on export, so no punctuation. */
export const ID_PATTERN = /^[A-Za-z0-9]{1,64}$/;

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const newId: () => string = customAlphabet(alphabet, 16);
