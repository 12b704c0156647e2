// What yjs takes from lib0/logging (print, warn and style markers), for the browser bundle:
// lib0's own module also loads lib0/dom and lib0/schema, 2.4 KB of the phone's gzipped
// JavaScript for a handful of console messages. Style markers are dropped, text is kept.
export const BOLD = Symbol("bold");
export const UNBOLD = Symbol("unbold");
export const BLUE = Symbol("blue");
export const GREY = Symbol("grey");
export const GREEN = Symbol("green");
export const RED = Symbol("red");
export const PURPLE = Symbol("purple");
export const ORANGE = Symbol("orange");
export const UNCOLOR = Symbol("uncolor");

const withoutStyles = (args: unknown[]): unknown[] => args.filter((a) => typeof a !== "symbol");

export const print = (...args: unknown[]): void => console.log(...withoutStyles(args));
export const warn = (...args: unknown[]): void => console.warn(...withoutStyles(args));
