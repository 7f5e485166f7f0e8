export { MembershipCells, type MembershipCellsProps } from './MembershipCells';
