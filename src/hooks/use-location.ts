import { useCallback, useEffect, useRef, useState } from 'react';
import type { LatLng } from '@core/rules/geo';
import { locate, rememberedLocation } from '../utils/location/locate';

export type LocationStatus = 'idle' | 'locating' | 'located' | 'refused' | 'unavailable';

export interface LocationState {
  status: LocationStatus;
  point: LatLng | null;
  /** Asks again (after a refusal: the worker tapped 重新定位). */
  request: () => Promise<LatLng | null>;
}

/**
 * The worker's position for sorting stations by distance. `auto` asks once on mount, unless a recent
 * position is remembered. Without a position, pages show their lists without distances.
 */
export function useLocation({ auto = true }: { auto?: boolean } = {}): LocationState {
  const [point, setPoint] = useState<LatLng | null>(() => rememberedLocation());
  const [status, setStatus] = useState<LocationStatus>(() => (point ? 'located' : 'idle'));
  const asked = useRef(false);

  const request = useCallback(async () => {
    setStatus('locating');
    const result = await locate();
    if (result.ok) {
      setPoint(result.point);
      setStatus('located');
      return result.point;
    }
    setStatus(result.reason);
    return null;
  }, []);

  useEffect(() => {
    if (!auto || asked.current || point) return;
    asked.current = true;
    void request();
  }, [auto, point, request]);

  return { status, point, request };
}
