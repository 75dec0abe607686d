// widget/build.ts inlines .css files as minified strings (adopted as constructable stylesheets).
declare module "*.css" {
  const css: string;
  export default css;
}
