export { PageShell, type PageShellProps } from './PageShell';
export { isLargeText, setLargeText, useLargeText } from './large-text';
