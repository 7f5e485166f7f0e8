import { ConfigProvider } from '@nutui/nutui-react-taro';
import { useEffect, type ReactNode } from 'react';
import { useLargeText } from './large-text';
import { nutuiThemes } from './theme';
import './PageShell.scss';

export interface PageShellProps {
  className?: string;
  children?: ReactNode;
}

/** Every page's root: applies 大字模式 to our text (class) and to NutUI's (theme variables). */
export function PageShell({ className, children }: PageShellProps) {
  const large = useLargeText();
  // H5 draws the tab bar as DOM outside every page; the class on <html> lets it grow in 大字模式 too.
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('nx-doc--large', large);
  }, [large]);
  const classes = ['nx-shell', large ? 'nx-shell--large' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <ConfigProvider theme={large ? nutuiThemes.large : nutuiThemes.normal} className={classes}>
      {children}
    </ConfigProvider>
  );
}
