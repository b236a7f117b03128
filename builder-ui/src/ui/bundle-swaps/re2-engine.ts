/**
 * The chunk pattern-engine.ts fetches: re2js's RE2JS class, in a module of its own so the chunk is
 * named for what it is (re2-engine-*.js; the UI tests look for it).
 */
export { RE2JS } from 're2js';
