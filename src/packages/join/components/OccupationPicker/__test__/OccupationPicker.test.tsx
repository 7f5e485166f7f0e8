import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { occupationLabels, occupations, type Occupation } from '@core/enums/occupation';
import { OccupationPicker } from '../OccupationPicker';

function Harness({ onChange }: { onChange?: (value: Occupation) => void }) {
  const [value, setValue] = useState<Occupation | null>(null);
  return (
    <OccupationPicker
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
    />
  );
}

describe('OccupationPicker', () => {
  it('offers every occupation group with its Chinese label', () => {
    const { container } = render(<Harness />);
    const labels = Array.from(container.querySelectorAll('.nx-occupation')).map((el) => el.textContent);
    expect(labels).toEqual(occupations.map((key) => occupationLabels[key]));
  });

  it('selects a group with one tap, and only that one', () => {
    const chosen: Occupation[] = [];
    const { container } = render(<Harness onChange={(value) => chosen.push(value)} />);
    fireEvent.click(container.querySelector('#nx-occupation-courier') as HTMLElement);
    expect(chosen).toEqual(['courier']);
    expect(Array.from(container.querySelectorAll('.nx-choice--selected')).map((el) => el.id)).toEqual(['nx-occupation-courier']);

    fireEvent.click(container.querySelector('#nx-occupation-rider') as HTMLElement);
    expect(Array.from(container.querySelectorAll('.nx-choice--selected')).map((el) => el.id)).toEqual(['nx-occupation-rider']);
  });
});
