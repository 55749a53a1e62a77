import type { FastifyInstance, FastifyReply } from "fastify";
import { QueryDelegatorDelegationsRequest, QueryDelegatorDelegationsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import type { PogcsNode } from "../node.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { accAddress, isValidBech32Address, parseValAddress } from "../../chain/codec/address.js";
import { RestError, GRPC, grpcCodeOfAppError } from "./errors.js";
import type { Params } from "./routes.js";

/**
 * Cosmos x/distribution REST paths (the ones Keplr and explorers read) over PoGCS rewards.
 * PoGCS credits block rewards per account (modules/pogcs pending rewards, withdrawn with
 * MsgWithdrawRewards), not per delegation, so:
 * - `total` is exact: the account's pending rewards;
 * - `rewards` attributes that total to the account's delegations pro rata to delegated tokens
 *   (floor; the remainder goes to the largest delegation) so per-validator views add up to it.
 * Amounts are DecCoins printed as the SDK prints a LegacyDec: 18 decimals.
 */

export interface DecCoin {
  denom: string;
  amount: string;
}

const DEC_PLACES = 18;

export function formatDec(amount: bigint): string {
  return `${amount}.${"0".repeat(DEC_PLACES)}`;
}

export function decCoins(denom: string, amount: bigint): DecCoin[] {
  return amount > 0n ? [{ denom, amount: formatDec(amount) }] : [];
}

/** Splits `total` by weights (floor); the remainder goes to the first largest weight. Sums to total. */
export function computeProRata(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (weights.length === 0) return [];
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? total : 0n));
  const shares = weights.map((w) => (total * w) / sum);
  const rest = total - shares.reduce((a, b) => a + b, 0n);
  let top = 0;
  weights.forEach((w, i) => {
    if (w > weights[top]!) top = i;
  });
  shares[top] = shares[top]! + rest;
  return shares;
}

function appQuery(node: PogcsNode, path: string, data: Uint8Array): Uint8Array {
  const res = node.app.query(path, data);
  if (res.code !== 0) throw new RestError(grpcCodeOfAppError(res.codespace, res.code), res.log.replace(/^.*desc = /, ""));
  return res.value ?? new Uint8Array();
}

function pending(node: PogcsNode, address: string): { denom: string; amount: bigint } {
  const P = pogcs.pogcs.v1;
  const bytes = appQuery(node, "/pogcs.pogcs.v1.Query/PendingRewards", P.QueryPendingRewardsRequest.encode({ address }).finish());
  const r = P.QueryPendingRewardsResponse.decode(bytes);
  return { denom: r.denom, amount: BigInt(r.amount || "0") };
}

function delegations(node: PogcsNode, delegator: string): Array<{ validator: string; tokens: bigint }> {
  const req = QueryDelegatorDelegationsRequest.encode({ delegatorAddr: delegator, pagination: { key: new Uint8Array(), offset: 0n, limit: 1000n, countTotal: false, reverse: false } }).finish();
  const r = QueryDelegatorDelegationsResponse.decode(appQuery(node, "/cosmos.staking.v1beta1.Query/DelegatorDelegations", req));
  return r.delegationResponses.map((d) => ({ validator: d.delegation.validatorAddress, tokens: BigInt(d.balance.amount || "0") }));
}

function checkAcc(addr: string | undefined, name: string): string {
  if (!addr || !isValidBech32Address(addr, "gcs")) throw new RestError(GRPC.INVALID_ARGUMENT, `invalid ${name} address ${addr ?? ""}`);
  return addr;
}

function checkVal(addr: string | undefined): string {
  if (!addr || !isValidBech32Address(addr, "gcsvaloper")) throw new RestError(GRPC.INVALID_ARGUMENT, `invalid validator address ${addr ?? ""}`);
  return addr;
}

/** QueryDelegationTotalRewardsResponse in grpc-gateway JSON. */
export function delegationTotalRewards(node: PogcsNode, delegator: string) {
  const p = pending(node, delegator);
  const ds = delegations(node, delegator);
  const split = computeProRata(p.amount, ds.map((d) => d.tokens));
  return {
    rewards: ds.map((d, i) => ({ validator_address: d.validator, reward: decCoins(p.denom, split[i]!) })),
    total: decCoins(p.denom, p.amount),
  };
}

const PARAMS = {
  params: { community_tax: formatDec(0n), base_proposer_reward: formatDec(0n), bonus_proposer_reward: formatDec(0n), withdraw_addr_enabled: false },
};

/** Mounts the distribution paths on the REST server. */
export function registerDistributionRoutes(app: FastifyInstance, node: PogcsNode, sendError: (reply: FastifyReply, e: unknown) => unknown): void {
  const get = (url: string, fn: (p: Params) => unknown) =>
    app.get(url, async (req, reply) => {
      try {
        return reply.send(fn(req.params as Params));
      } catch (e) {
        return sendError(reply, e);
      }
    });
  const base = "/cosmos/distribution/v1beta1";
  get(`${base}/params`, () => PARAMS);
  get(`${base}/delegators/:delegator_address/rewards`, (p) => delegationTotalRewards(node, checkAcc(p.delegator_address, "delegator")));
  get(`${base}/delegators/:delegator_address/rewards/:validator_address`, (p) => {
    const val = checkVal(p.validator_address);
    const all = delegationTotalRewards(node, checkAcc(p.delegator_address, "delegator"));
    const one = all.rewards.find((r) => r.validator_address === val);
    if (!one) throw new RestError(GRPC.NOT_FOUND, `delegation does not exist`);
    return { rewards: one.reward };
  });
  get(`${base}/delegators/:delegator_address/validators`, (p) => ({ validators: delegations(node, checkAcc(p.delegator_address, "delegator")).map((d) => d.validator) }));
  // Rewards are paid to the account itself; there is no separate withdraw address.
  get(`${base}/delegators/:delegator_address/withdraw_address`, (p) => ({ withdraw_address: checkAcc(p.delegator_address, "delegator") }));
  get(`${base}/validators/:validator_address`, (p) => {
    const operator = accAddress(parseValAddress(checkVal(p.validator_address)));
    const r = pending(node, operator);
    return { operator_address: operator, self_bond_rewards: decCoins(r.denom, r.amount), commission: [] };
  });
  get(`${base}/validators/:validator_address/commission`, (p) => (checkVal(p.validator_address), { commission: { commission: [] } }));
}

/** OpenAPI entries for these paths. */
export function distributionOpenApi(): Record<string, unknown> {
  const ok = { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } };
  const param = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
  const op = (id: string, summary: string, params: string[]) => ({ get: { operationId: id, summary, tags: ["cosmos.distribution"], parameters: params.map(param), responses: ok } });
  const base = "/cosmos/distribution/v1beta1";
  return {
    [`${base}/params`]: op("DistributionParams", "Distribution params (PoGCS: no community tax, no proposer bonus)", []),
    [`${base}/delegators/{delegator_address}/rewards`]: op("DelegationTotalRewards", "Pending rewards of an account, attributed to its delegations", ["delegator_address"]),
    [`${base}/delegators/{delegator_address}/rewards/{validator_address}`]: op("DelegationRewards", "The share of pending rewards attributed to one delegation", ["delegator_address", "validator_address"]),
    [`${base}/delegators/{delegator_address}/validators`]: op("DelegatorValidators", "Validators an account delegates to", ["delegator_address"]),
    [`${base}/delegators/{delegator_address}/withdraw_address`]: op("DelegatorWithdrawAddress", "Where rewards are paid (the account itself)", ["delegator_address"]),
    [`${base}/validators/{validator_address}`]: op("ValidatorDistributionInfo", "The operator account's pending rewards", ["validator_address"]),
    [`${base}/validators/{validator_address}/commission`]: op("ValidatorCommission", "Always empty: PoGCS has no commission pool", ["validator_address"]),
  };
}
