// Component tests run the H5 flavour of the code unless a test says otherwise.
process.env.TARO_ENV = 'h5';

// NutUI's Dialog and Popup animate through react-transition-group, which still calls findDOMNode;
// React 18 warns about it on every open. It is NutUI's to fix and says nothing about our code.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('findDOMNode is deprecated')) return;
  consoleError(...args);
};
