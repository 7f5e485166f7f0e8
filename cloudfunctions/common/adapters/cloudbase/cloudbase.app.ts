import type { CloudbaseDatabase } from './cloudbase.database';

/**
 * The slice of a node-sdk app (`tcb.init(...)`) the CloudBase adapters and the composition use, so
 * tests can pass fakes at this boundary. Results are `unknown`: they come off the network and are read
 * defensively where they are used.
 */
export interface CloudbaseApp {
  database(): CloudbaseDatabase;
  auth(): { getUserInfo(): { openId?: string } };
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<unknown>;
  getTempFileURL(options: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<unknown>;
  deleteFile(options: { fileList: string[] }): Promise<unknown>;
  callWxOpenApi(options: { apiName: string; requestData: unknown }): Promise<unknown>;
}

/** `require('@cloudbase/node-sdk')`, as far as the composition uses it. */
export interface CloudbaseSdk {
  init(config: { env: string | symbol }): CloudbaseApp;
  SYMBOL_CURRENT_ENV: symbol;
}
