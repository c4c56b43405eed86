// Which build the running code is: the digest of the inputs scripts/build.mjs bundled it from (it defines
// __VETTER_BUILD_ID__ in every bundle), or null when the code runs from its TypeScript sources (tests, tsx).
// A file one build made for its own code to read (the prebuilt pack index) is trusted only by that same build.
declare const __VETTER_BUILD_ID__: string | undefined;

export const BUILD_ID: string | null = typeof __VETTER_BUILD_ID__ === 'string' ? __VETTER_BUILD_ID__ : null;
