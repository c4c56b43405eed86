// The seed of the fuzz runs in `npm test`: fixed, so a run can be repeated and CI does not turn red on a case no
// change of the project introduced; VETTER_FUZZ_SEED picks another (bench:fuzz runs new seeds at a larger size).
export const FUZZ_SEED = Number(process.env.VETTER_FUZZ_SEED ?? 20261206);
