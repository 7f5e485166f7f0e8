/**
 * A length from the 375-wide design, for inline styles (which Taro's px transform never sees): rpx in
 * weapp, px in H5 — the same rule NutUI's own px follow in each build (config/index.ts).
 */
export const designPx = (n: number): string => (process.env.TARO_ENV === 'weapp' ? `${n * 2}rpx` : `${n}px`);
