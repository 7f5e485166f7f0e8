import { emptyDriveDraft, inputOf } from '../drive-draft';

const now = Date.parse('2026-11-29T10:00:00+08:00');

describe('drive draft → create input: the place on the map', () => {
  it('sends the typed position as a GCJ-02 point', () => {
    const input = inputOf({ ...emptyDriveDraft(), lat: '30.63951', lng: ' 114.39021' }, now);
    expect(input.location).toEqual({ latitude: 30.63951, longitude: 114.39021 });
  });

  it('sends no position when both are empty, and half a position as one the schema refuses', () => {
    expect(inputOf(emptyDriveDraft(), now)).not.toHaveProperty('location');
    expect(inputOf({ ...emptyDriveDraft(), lat: '30.6' }, now).location).toEqual({ latitude: 30.6, longitude: Number.NaN });
  });
});
