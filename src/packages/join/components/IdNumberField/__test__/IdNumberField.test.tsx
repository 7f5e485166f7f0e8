import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { idNumberProblemMessages } from '@core/rules/id-number';
import { IdNumberField } from '../IdNumberField';

function Harness({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return <IdNumberField value={value} onChange={setValue} error={error} />;
}

const input = (container: HTMLElement) => container.querySelector('.nx-join-id-number input') as HTMLInputElement;
const problem = (container: HTMLElement) => container.querySelector('.nx-field-error')?.textContent ?? null;

describe('IdNumberField', () => {
  it('shows the GB 11643 checksum problem once 18 characters are typed', () => {
    const { container } = render(<Harness />);
    fireEvent.change(input(container), { target: { value: '110105194912310021' } });
    expect(problem(container)).toBe(idNumberProblemMessages.checksum);
  });

  it('shows nothing for a valid number, lower-case x included', () => {
    const { container } = render(<Harness />);
    fireEvent.change(input(container), { target: { value: '11010519491231002x' } });
    expect(input(container).value).toBe('11010519491231002X');
    expect(problem(container)).toBeNull();
  });

  it('stays quiet while the number is still being typed, and speaks up when the field is left', () => {
    const { container } = render(<Harness />);
    fireEvent.change(input(container), { target: { value: '1101051949' } });
    expect(problem(container)).toBeNull();
    fireEvent.blur(input(container));
    expect(problem(container)).toBe(idNumberProblemMessages.length);
  });

  it('shows a problem from the form or the server in the same place', () => {
    render(<Harness error="这个身份证号已经提交过入会申请" />);
    expect(screen.getByText('这个身份证号已经提交过入会申请')).toBeTruthy();
  });
});
