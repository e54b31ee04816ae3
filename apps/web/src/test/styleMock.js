// CSS in Jest: a CSS module's class names come back as their own names (styles.header === 'header'), so
// the markup reads as in the app; plain CSS imports get the same harmless object.
module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? false : key) });
