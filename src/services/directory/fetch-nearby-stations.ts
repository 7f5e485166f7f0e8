import type { LatLng } from '@core/rules/geo';
import { call } from '../call';

/** Fetches the 驿站 nearest to a GCJ-02 point, with distances. */
export const fetchNearbyStations = (point: LatLng) => call('directory', 'nearbyStations', { lat: point.lat, lng: point.lng });
