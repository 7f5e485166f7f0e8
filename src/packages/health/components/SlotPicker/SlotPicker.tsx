import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import type { SlotView } from '@core/contracts/health-fields';
import { dayLabel, timeRange } from '../../health-format';
import './SlotPicker.scss';

export interface SlotPickerProps {
  slots: readonly SlotView[];
  /** The server's time (a phone's clock may be wrong): a slot already under way says so. */
  now: number;
  day: string | null;
  onDay: (day: string) => void;
  value: string | null;
  onChange: (slotId: string) => void;
}

const seatsText = (slot: SlotView, now: number): string => {
  if (slot.mine) return '你约的';
  if (slot.startsAt <= now) return '已开始';
  if (!slot.open) return '已停约';
  if (slot.remaining === 0) return '已约满';
  return `剩${slot.remaining}个`;
};

/** A day, then a time: days as a row of chips with the seats left that day, the day's slots as big buttons. */
export function SlotPicker({ slots, now, day, onDay, value, onChange }: SlotPickerProps) {
  const days = useMemo(() => {
    const byDay = new Map<string, number>();
    for (const slot of slots) byDay.set(slot.day, (byDay.get(slot.day) ?? 0) + (slot.open ? slot.remaining : 0));
    return [...byDay.entries()].map(([key, left]) => ({ key, left }));
  }, [slots]);
  const shown = day ?? days[0]?.key ?? null;

  return (
    <View className="nx-slots">
      <View className="nx-slots__days">
        {days.map(({ key, left }) => (
          <View key={key} id={`nx-day-${key}`} className={`nx-slots__day nx-health-day ${key === shown ? 'nx-slots__day--selected' : ''}`} onClick={() => onDay(key)}>
            <Text className="nx-slots__day-name">{dayLabel(key)}</Text>
            <Text className="nx-slots__day-left">{left > 0 ? `剩${left}个` : '已约满'}</Text>
          </View>
        ))}
      </View>
      <View className="nx-slots__grid">
        {slots
          .filter((slot) => slot.day === shown)
          .map((slot) => {
            const bookable = slot.open && slot.remaining > 0 && !slot.mine;
            return (
              <View
                key={slot.id}
                id={`nx-slot-${slot.id}`}
                className={[
                  'nx-slot',
                  'nx-health-slot',
                  slot.id === value ? 'nx-slot--selected' : '',
                  bookable ? '' : 'nx-slot--off',
                  slot.mine ? 'nx-slot--mine' : '',
                ].join(' ')}
                onClick={() => bookable && onChange(slot.id)}
              >
                <Text className="nx-slot__time">{timeRange(slot.startsAt, slot.endsAt)}</Text>
                <Text className="nx-slot__seats">{seatsText(slot, now)}</Text>
              </View>
            );
          })}
      </View>
    </View>
  );
}
