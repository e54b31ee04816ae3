// The shared rules this feature uses, imported from their own modules: `@kehu/domain`'s index also pulls in
// the pinyin dictionary of its search helpers (~160 kB gzip), which the browser must not download for a form.
export { validatePhone, validateMobile } from '@kehu/domain/dist/phone';
export { validateEmail } from '@kehu/domain/dist/email';
export { enumLabel } from '@kehu/domain/dist/labels';
