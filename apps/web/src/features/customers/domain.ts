// The shared rules this feature uses, each from its own subpath (ES modules, sideEffects: false): the
// package root also re-exports the search helpers and their pinyin dictionary (~160 kB gzip).
export { validatePhone, validateMobile } from '@kehu/domain/phone';
export { validateEmail } from '@kehu/domain/email';
export { enumLabel } from '@kehu/domain/labels';
