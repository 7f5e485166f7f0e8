export { QrCode, type QrCodeProps } from './QrCode';
export { qrRuns, type QrRun } from './qr-runs';
