/** The browser's geolocation: a position, a refusal, or (by default in jsdom) none at all. */
export const placeWorkerAt = (point: { lat: number; lng: number } | 'refused') => {
  Object.defineProperty(globalThis.navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (yes: PositionCallback, no: PositionErrorCallback) =>
        point === 'refused'
          ? no({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError)
          : yes({ coords: { latitude: point.lat, longitude: point.lng } } as GeolocationPosition),
    },
  });
};
