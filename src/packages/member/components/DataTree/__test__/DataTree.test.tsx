import { render } from '@testing-library/react';
import { DataTree } from '../DataTree';

describe('DataTree (an export section, readable)', () => {
  it('shows rows, nested groups, numbered list entries and 无 for an empty list', () => {
    const { container } = render(
      <DataTree data={{ 入会信息: { 姓名: '王小明', 身份证号: '110105199001010013', 退会时间: null }, 转会记录: [{ 到: '港都站点工会' }], 手机号核实申请: [] }} />,
    );
    const rows = Array.from(container.querySelectorAll('.nx-data__row')).map((row) => row.textContent);
    expect(rows).toEqual(['姓名王小明', '身份证号110105199001010013', '退会时间—', '到港都站点工会']);
    expect(Array.from(container.querySelectorAll('.nx-data__heading')).map((node) => node.textContent)).toEqual(['入会信息', '转会记录', '手机号核实申请']);
    expect(container.querySelector('.nx-data__index')?.textContent).toBe('第1条');
    expect(container.querySelector('.nx-data__empty')?.textContent).toBe('无');
  });
});
