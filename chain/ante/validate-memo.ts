import { ErrMemoTooLarge } from "../errors/index.js";
import type { AnteStep } from "./types.js";

/** Contract: the memo is at most params.maxMemoCharacters characters. */
export const validateMemo: AnteStep = ({ ctx, tx, deps }) => {
  const max = deps.params(ctx).maxMemoCharacters;
  const len = BigInt([...tx.body.memo].length);
  if (len > max) throw ErrMemoTooLarge.raise(`maximum number of characters is ${max} but received ${len} characters`);
};
