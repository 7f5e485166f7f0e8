import { Toast } from '@nutui/nutui-react-taro';
import { useCallback, useState, type ReactElement } from 'react';

type ToastIcon = 'success' | 'fail' | 'warn';

/**
 * A page's toast: render `toast` inside the page, call `showToast('…')`. NutUI's Toast, declared in the
 * page, so it inherits 大字模式 and needs no global id registry.
 */
export function useToast(): [ReactElement, (text: string, icon?: ToastIcon) => void] {
  const [current, setCurrent] = useState<{ text: string; icon?: ToastIcon; seq: number } | null>(null);
  const showToast = useCallback((text: string, icon?: ToastIcon) => {
    setCurrent((previous) => ({ text, icon, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  const toast = (
    <Toast
      key={current?.seq ?? 0}
      className="nx-toast"
      visible={current !== null}
      content={current?.text ?? ''}
      icon={current?.icon}
      // At the bottom, so the hint never covers the field it talks about.
      position="bottom"
      duration={2.5}
      onClose={() => setCurrent(null)}
    />
  );
  return [toast, showToast];
}
