// Types i18next's `t` by the Chinese catalogue, so a mistyped key is a compile error.
import 'i18next';
import type { Catalogue } from './catalogue';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
    returnNull: false;
  }
}
