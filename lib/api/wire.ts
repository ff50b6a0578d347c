// The console API's JSON as the browser receives it: a server shape with every Date as its ISO
// string. Client-side types are this applied to the shapes lib/iam returns (type-only imports, erased
// from the bundle), never hand-written copies that drift from the server.
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;
