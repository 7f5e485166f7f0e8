/**
 * `@nutui/nutui-react-taro` for component tests: the real components, one module each (what
 * babel-plugin-import does in the build), so tests run NutUI's own code on the DOM stand-ins.
 */
export { Button } from '@nutui/nutui-react-taro/dist/es/packages/button/button';
export { Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell/cell';
export { CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup/cellgroup';
export { default as Checkbox } from '@nutui/nutui-react-taro/dist/es/packages/checkbox/index';
export { ConfigProvider } from '@nutui/nutui-react-taro/dist/es/packages/configprovider/configprovider';
export { BaseDialog as Dialog } from '@nutui/nutui-react-taro/dist/es/packages/dialog/dialog';
export { Empty } from '@nutui/nutui-react-taro/dist/es/packages/empty/empty';
export { Input } from '@nutui/nutui-react-taro/dist/es/packages/input/input';
export { Loading } from '@nutui/nutui-react-taro/dist/es/packages/loading/loading';
export { Popup } from '@nutui/nutui-react-taro/dist/es/packages/popup/popup';
export { SearchBar } from '@nutui/nutui-react-taro/dist/es/packages/searchbar/searchbar';
export { Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch/switch';
export { default as Tabs } from '@nutui/nutui-react-taro/dist/es/packages/tabs/index';
export { Tag } from '@nutui/nutui-react-taro/dist/es/packages/tag/tag';
export { TextArea } from '@nutui/nutui-react-taro/dist/es/packages/textarea/textarea';
export { Toast } from '@nutui/nutui-react-taro/dist/es/packages/toast/toast';
