// Component tests run the H5 flavour of the code unless a test says otherwise.
process.env.TARO_ENV = 'h5';

// NutUI's Dialog and Popup animate through react-transition-group, which still calls findDOMNode;
// React 18 warns about it on every open. In a test run as weapp, NutUI's icons style themselves for
// WeChat (`-webkitMask`), which React DOM does not know. Both are NutUI's and say nothing about our code.
const isNutuiNoise = ([message, value]: unknown[]) =>
  typeof message === 'string' &&
  (message.includes('findDOMNode is deprecated') || (message.includes('Unsupported style property') && value === '-webkitMask'));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (isNutuiNoise(args)) return;
  consoleError(...args);
};
