/**
 * Field paths end up as keys of the query and update objects sent to CloudBase. A key starting with `$`
 * would be read as an operator, so paths are held to the same strict shape the SQLite adapter uses
 * (letters, digits, underscores, dot-separated), which keeps both engines refusing the same paths.
 */
const fieldPathShape = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export const assertFieldPath = (path: string): string => {
  if (typeof path !== 'string' || !fieldPathShape.test(path)) throw new TypeError(`invalid field path: ${JSON.stringify(path)}`);
  return path;
};

export const touchesId = (path: string): boolean => path === '_id' || path.startsWith('_id.');
