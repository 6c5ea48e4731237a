/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
/** A component's stylesheet, loaded with it where a script imports the component on demand. */
declare module 'element-plus/es/components/*/style/css';
