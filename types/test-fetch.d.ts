// Tests read JSON bodies of responses whose shape they assert on; `any` there beats casts on every line.
declare global {
  interface Response {
    json(): Promise<any>;
  }
}
export {};
