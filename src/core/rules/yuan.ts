/** 3500 → `3,500元`: amounts as both the app and the case timeline write them. */
export const formatYuan = (amount: number): string => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`;
