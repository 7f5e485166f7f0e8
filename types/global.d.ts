/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built, set by the Taro CLI. */
    TARO_ENV: 'weapp' | 'h5';
    /** CloudBase environment id baked in at build time (config/index.ts `defineConstants`). */
    NUANXIN_CLOUD_ENV?: string;
    /** Subscribe-message template ids as JSON (`{"memberApproved":"…"}`), baked in at build time. */
    NUANXIN_TEMPLATE_IDS?: string;
  }
}
