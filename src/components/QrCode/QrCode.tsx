import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { designPx } from '../../utils/design-px';
import { qrRuns } from './qr-runs';
import './QrCode.scss';

export interface QrCodeProps {
  value: string;
  /** Side length in design px (375-wide design), quiet zone included. */
  size?: number;
  className?: string;
}

/** A QR code drawn with views, no canvas: rows of run-length-merged dark and light cells. */
export function QrCode({ value, size = 200, className }: QrCodeProps) {
  const rows = useMemo(() => qrRuns(value), [value]);
  return (
    <View className={`nx-qr ${className ?? ''}`} style={{ width: designPx(size), height: designPx(size) }}>
      {rows.map((row, r) => (
        <View key={r} className="nx-qr__row">
          {row.map((run, i) => (
            <View key={i} className={run.dark ? 'nx-qr__run nx-qr__run--dark' : 'nx-qr__run'} style={{ flex: run.span }} />
          ))}
        </View>
      ))}
    </View>
  );
}
