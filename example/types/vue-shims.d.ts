// tsc reads no .vue files: components type as Vue components (the dashboard's tests type-check against this).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<Record<string, unknown>>;
  export default component;
}
