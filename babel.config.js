const path = require('node:path');

const coreDir = path.join(__dirname, 'src', 'core') + path.sep;

/** `z.enum(…)`, `z.string().min(2)`: a call chain that starts at zod's `z`. */
const startsAtZod = (callee) => {
  let node = callee;
  while (node) {
    if (node.type === 'Identifier') return node.name === 'z';
    if (node.type === 'MemberExpression') node = node.object;
    else if (node.type === 'CallExpression') node = node.callee;
    else return false;
  }
  return false;
};

/** Does this expression build a zod schema anywhere inside it? */
const buildsZodSchema = (exprPath) => {
  let found = false;
  exprPath.traverse({
    CallExpression(inner) {
      if (startsAtZod(inner.node.callee)) {
        found = true;
        inner.stop();
      }
    },
  });
  return found || (exprPath.isCallExpression() && startsAtZod(exprPath.node.callee));
};

/**
 * Marks every top-level zod schema in src/core as pure, by wrapping its initializer in an IIFE
 * annotated `#__PURE__` (webpack checks a pure call's arguments, and schema options objects defeat
 * that; an IIFE has none). Main-package pages import only labels from @core/enums (occupationLabels,
 * memberStatusLabels…), which sit beside their schemas; with the schemas pure and unused there,
 * webpack leaves zod (~60 KB minified) out of the main package. Subpackages and development builds,
 * which do validate, keep everything.
 */
const pureZodInCore = ({ types: t }) => ({
  name: 'nuanxin-pure-zod-in-core',
  visitor: {
    VariableDeclarator(declPath, state) {
      if (!state.filename || !state.filename.startsWith(coreDir)) return;
      const statement = declPath.parentPath.parentPath;
      const topLevel = statement.isProgram() || (statement.isExportNamedDeclaration() && statement.parentPath.isProgram());
      const init = declPath.get('init');
      if (!topLevel || !init.node || init.isArrowFunctionExpression() || init.isFunctionExpression()) return;
      if (!buildsZodSchema(init)) return;
      const iife = t.callExpression(t.arrowFunctionExpression([], init.node), []);
      t.addComment(iife, 'leading', '#__PURE__');
      init.replaceWith(iife);
      init.skip();
    },
  },
});

// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// NutUI on demand (its "按需引入" docs): `import { Button } from '@nutui/nutui-react-taro'` becomes the
// component's own module plus its prebuilt css, so pages pay only for the components they use.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    pureZodInCore,
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        customStyleName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/style/css`,
      },
      'nutui-react',
    ],
  ],
};
