/**
 * Operator shortcuts built on `tx msg`: staking create-validator / delegate / unbond,
 * slashing unjail, gov vote. Each builds the Cosmos SDK message and goes through sendMsgs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MsgCreateValidator, MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { loadValidatorKey, PRIV_VALIDATOR_KEY_FILE } from "../keyring/validator-key.js";
import { parseAccAddress, parseValAddress, valAddress } from "../../chain/codec/address.js";
import { parseCoins } from "../../chain/codec/coins.js";
import { flag, checkFlags, UsageError, type Parsed } from "./args.js";
import { fromSigner, sendMsgs, TX_FLAGS } from "./cmd-tx.js";
import { home } from "./io.js";

/** The one coin of an amount argument, e.g. 1000000ugcs. */
function oneCoin(s: string | undefined, what: string): { denom: string; amount: string } {
  if (!s) throw new UsageError(`${what} is required, e.g. 1000000ugcs`);
  let coins;
  try {
    coins = parseCoins(s);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message}`);
  }
  if (coins.length !== 1 || coins[0]!.amount <= 0n) throw new UsageError(`${what} must be one positive coin, e.g. 1000000ugcs; got ${s}`);
  return { denom: coins[0]!.denom, amount: coins[0]!.amount.toString() };
}

/** "0.10" -> LegacyDec atomics "100000000000000000" (18 decimals), as the staking module's proto wants. */
export function decAtomics(s: string, what: string): string {
  const m = /^([0-9]{1,20})(?:\.([0-9]{1,18}))?$/.exec(s);
  if (!m) throw new UsageError(`${what} must be a decimal like 0.10, got ${s}`);
  return (BigInt(m[1]!) * 10n ** 18n + BigInt((m[2] ?? "").padEnd(18, "0"))).toString();
}

function valoperArg(s: string | undefined, usage: string): string {
  if (!s) throw new UsageError(usage);
  parseValAddress(s);
  return s;
}

function configMoniker(h: string): string | undefined {
  try {
    const m = (JSON.parse(readFileSync(join(h, "config", "config.json"), "utf8")) as { moniker?: unknown }).moniker;
    return typeof m === "string" && m !== "" ? m : undefined;
  } catch {
    return undefined;
  }
}

async function createValidator(p: Parsed): Promise<void> {
  checkFlags(p, [...TX_FLAGS, "amount", "moniker", "identity", "website", "details", "commission-rate", "commission-max-rate", "commission-max-change-rate", "min-self-delegation", "validator-key"]);
  const value = oneCoin(flag(p, "amount"), "--amount");
  const minSelf = flag(p, "min-self-delegation", "1")!;
  if (!/^[0-9]{1,30}$/.test(minSelf) || BigInt(minSelf) === 0n) throw new UsageError(`--min-self-delegation must be a positive integer, got ${minSelf}`);
  const commission = {
    rate: decAtomics(flag(p, "commission-rate", "0.10")!, "--commission-rate"),
    maxRate: decAtomics(flag(p, "commission-max-rate", "0.20")!, "--commission-max-rate"),
    maxChangeRate: decAtomics(flag(p, "commission-max-change-rate", "0.01")!, "--commission-max-change-rate"),
  };
  const h = home(p);
  const signer = fromSigner(p);
  const key = loadValidatorKey(flag(p, "validator-key") ?? join(h, "config", PRIV_VALIDATOR_KEY_FILE));
  const msg = MsgCreateValidator.fromPartial({
    description: { moniker: flag(p, "moniker") ?? configMoniker(h) ?? signer.name, identity: flag(p, "identity", ""), website: flag(p, "website", ""), details: flag(p, "details", ""), securityContact: "" },
    commission,
    minSelfDelegation: minSelf,
    delegatorAddress: "",
    validatorAddress: valAddress(parseAccAddress(signer.address)),
    pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: key.pubKey }).finish() },
    value,
  });
  await sendMsgs(p, signer, [{ typeUrl: MsgCreateValidator.typeUrl, value: MsgCreateValidator.encode(msg).finish() }]);
}

async function delegateOrUnbond(p: Parsed, unbond: boolean): Promise<void> {
  checkFlags(p, TX_FLAGS);
  const name = unbond ? "unbond" : "delegate";
  const [, , , val, amount] = p.positional;
  const validatorAddress = valoperArg(val, `tx staking ${name} needs VALOPER_ADDRESS AMOUNT`);
  const coin = oneCoin(amount, "AMOUNT");
  const signer = fromSigner(p);
  const m = { delegatorAddress: signer.address, validatorAddress, amount: coin };
  const any = unbond
    ? { typeUrl: MsgUndelegate.typeUrl, value: MsgUndelegate.encode(MsgUndelegate.fromPartial(m)).finish() }
    : { typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.encode(MsgDelegate.fromPartial(m)).finish() };
  await sendMsgs(p, signer, [any]);
}

async function staking(p: Parsed): Promise<void> {
  const sub = p.positional[2];
  if (sub === "create-validator") return createValidator(p);
  if (sub === "delegate") return delegateOrUnbond(p, false);
  if (sub === "unbond") return delegateOrUnbond(p, true);
  throw new UsageError(`unknown tx staking subcommand ${sub ?? "(none)"}; use create-validator, delegate or unbond`);
}

async function slashing(p: Parsed): Promise<void> {
  if (p.positional[2] !== "unjail") throw new UsageError("supported: tx slashing unjail --from KEY");
  checkFlags(p, TX_FLAGS);
  const signer = fromSigner(p);
  const m = MsgUnjail.fromPartial({ validatorAddr: valAddress(parseAccAddress(signer.address)) });
  await sendMsgs(p, signer, [{ typeUrl: MsgUnjail.typeUrl, value: MsgUnjail.encode(m).finish() }]);
}

const VOTE_OPTIONS: Record<string, VoteOption> = {
  yes: VoteOption.VOTE_OPTION_YES,
  no: VoteOption.VOTE_OPTION_NO,
  abstain: VoteOption.VOTE_OPTION_ABSTAIN,
  no_with_veto: VoteOption.VOTE_OPTION_NO_WITH_VETO,
};

async function gov(p: Parsed): Promise<void> {
  if (p.positional[2] !== "vote") throw new UsageError("supported: tx gov vote PROPOSAL_ID yes|no|abstain|no_with_veto --from KEY");
  checkFlags(p, TX_FLAGS);
  const [, , , id, opt] = p.positional;
  if (!id || !/^[0-9]{1,19}$/.test(id)) throw new UsageError(`tx gov vote needs a numeric PROPOSAL_ID, got ${id ?? "(none)"}`);
  const option = VOTE_OPTIONS[(opt ?? "").toLowerCase()];
  if (option === undefined) throw new UsageError(`vote option must be yes, no, abstain or no_with_veto, got ${opt ?? "(none)"}`);
  const signer = fromSigner(p);
  const m = MsgVote.fromPartial({ proposalId: BigInt(id), voter: signer.address, option, metadata: "" });
  await sendMsgs(p, signer, [{ typeUrl: MsgVote.typeUrl, value: MsgVote.encode(m).finish() }]);
}

/** `tx staking|slashing|gov ...` */
export const STAKING_TX_SUBCOMMANDS: Record<string, (p: Parsed) => Promise<void>> = { staking, slashing, gov };
